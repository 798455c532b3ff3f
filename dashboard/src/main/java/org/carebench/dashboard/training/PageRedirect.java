package org.carebench.dashboard.training;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Sends a page's plain form back to its page, saying what was done or why it was refused. */
final class PageRedirect {

    private PageRedirect() {}

    static ResponseEntity<Void> to(String path, String parameter, String value) {
        var page = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .queryParam(parameter, value)
                .encode()
                .build()
                .toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(page).build();
    }
}
