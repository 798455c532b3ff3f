package org.carebench.dashboard.commentary;

import java.net.URI;
import java.util.List;
import org.carebench.dashboard.figures.Audience;
import org.carebench.dashboard.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Commentary over HTTP. Anyone signed in reads (a viewer public comments only); analysts write (the
 * API's security refuses others). JSON for programs; the indicator page's plain form posts the same
 * fields with its CSRF token and is sent back to the figure it commented on.
 */
@RestController
class CommentApiController {

    private final CommentaryService commentary;
    private final CurrentUser user;

    CommentApiController(CommentaryService commentary, CurrentUser user) {
        this.commentary = commentary;
        this.user = user;
    }

    /** What a comment says, as JSON or a form sends it; an absent audience is internal. */
    record Draft(String la, String indicator, Integer period, String text, String audience) {

        Audience parsedAudience() {
            return audience == null || audience.isBlank() ? Audience.INTERNAL : Audience.parse(audience);
        }

        int year() {
            if (period == null) {
                throw new IllegalArgumentException("period is required");
            }
            return period;
        }
    }

    @GetMapping("/api/v1/comments")
    List<Comment> comments(@RequestParam String la, @RequestParam String indicator, @RequestParam int period) {
        return commentary.forFigure(la, indicator, period, user.isAnalyst() ? Audience.INTERNAL : Audience.PUBLIC);
    }

    @PostMapping(value = "/api/v1/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Comment> write(@RequestBody Draft draft) {
        Comment comment = written(draft);
        return ResponseEntity.created(URI.create("/api/v1/comments/" + comment.id()))
                .body(comment);
    }

    @PostMapping(value = "/api/v1/comments", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> writeFromPage(Draft draft) {
        return backToFigure(written(draft));
    }

    @PostMapping(value = "/api/v1/comments/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Comment change(@PathVariable long id, @RequestBody Draft draft) {
        return commentary.change(author(), id, draft.text(), draft.parsedAudience());
    }

    @PostMapping(value = "/api/v1/comments/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> changeFromPage(@PathVariable long id, Draft draft) {
        return backToFigure(commentary.change(author(), id, draft.text(), draft.parsedAudience()));
    }

    @ExceptionHandler(CommentaryService.NotTheAuthorException.class)
    ResponseEntity<java.util.Map<String, String>> notTheAuthor(CommentaryService.NotTheAuthorException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(java.util.Map.of("error", e.getMessage()));
    }

    private Comment written(Draft draft) {
        return commentary.write(
                author(), draft.la(), draft.indicator(), draft.year(), draft.text(), draft.parsedAudience());
    }

    private String author() {
        return user.username().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    /** The page the form was on, built from the comment itself so that no address is taken from the form. */
    private static ResponseEntity<Void> backToFigure(Comment comment) {
        URI page = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/indicator")
                .queryParam("la", comment.la())
                .queryParam("indicator", comment.indicator())
                .queryParam("period", comment.period())
                .fragment("commentary")
                .encode()
                .build()
                .toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(page).build();
    }
}
