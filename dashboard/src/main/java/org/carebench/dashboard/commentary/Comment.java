package org.carebench.dashboard.commentary;

import java.time.Instant;
import org.carebench.dashboard.figures.Audience;

/**
 * An analyst's dated note on one figure: an indicator for an authority and year.
 *
 * @param changedAt when the author last changed it; null if never
 */
public record Comment(
        long id,
        String la,
        String indicator,
        int period,
        String text,
        Audience audience,
        String author,
        Instant writtenAt,
        Instant changedAt) {

    public boolean internal() {
        return audience == Audience.INTERNAL;
    }
}
