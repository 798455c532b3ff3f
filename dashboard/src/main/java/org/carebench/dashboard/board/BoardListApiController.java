package org.carebench.dashboard.board;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The indicators an authority's board follows: anyone signed in reads them; analysts save them (the
 * API's security refuses others), from the Board report page's form, which is then shown again.
 */
@RestController
class BoardListApiController {

    private final BoardService boards;
    private final CurrentUser user;

    BoardListApiController(BoardService boards, CurrentUser user) {
        this.boards = boards;
        this.user = user;
    }

    @GetMapping("/api/v1/board-lists")
    Map<String, Object> list(@RequestParam String la) {
        return Map.of("la", la, "indicators", boards.followed(la));
    }

    @PostMapping(value = "/api/v1/board-lists", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> save(
            @RequestParam String la,
            @RequestParam(required = false) Integer period,
            @RequestParam(required = false) List<String> indicators) {
        boards.follow(user.username().orElseThrow(), la, indicators);
        var page = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/board-report")
                .queryParam("la", la);
        if (period != null) {
            page.queryParam("period", period);
        }
        URI location = page.encode().build().toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(location).build();
    }
}
