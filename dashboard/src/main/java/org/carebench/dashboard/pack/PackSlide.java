package org.carebench.dashboard.pack;

import java.util.List;
import org.carebench.dashboard.commentary.Comment;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Indicator;

/**
 * One indicator's slide: the comparison for the year shown (the requested one, or the latest before
 * it when the indicator has none that year), the trend up to it, ten years at most, and the comments
 * on the figure shown that the pack's audience may read (for the speaker notes).
 */
public record PackSlide(Indicator indicator, Comparison shown, List<Comparison> trend, List<Comment> comments) {

    public PackSlide {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    public PackSlide(Indicator indicator, Comparison shown, List<Comparison> trend) {
        this(indicator, shown, trend, List.of());
    }
}
