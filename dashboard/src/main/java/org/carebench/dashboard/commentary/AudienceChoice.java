package org.carebench.dashboard.commentary;

import org.carebench.dashboard.figures.Audience;
import org.carebench.dashboard.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The audience a download is made for. Internal is the default only for signed-in analysts; anyone
 * else gets a public one whatever they ask, so internal commentary never reaches a viewer.
 */
@Component
public class AudienceChoice {

    private final CurrentUser user;

    AudienceChoice(CurrentUser user) {
        this.user = user;
    }

    /** Whether the person asking may have internal commentary: signed-in analysts only. */
    public boolean internalAllowed() {
        return user.isAnalyst();
    }

    /** {@code requested}: the {@code audience} parameter, or null when the request names none. */
    public Audience of(String requested) {
        if (!internalAllowed()) {
            return Audience.PUBLIC;
        }
        return requested == null || requested.isBlank() ? Audience.INTERNAL : Audience.parse(requested);
    }
}
