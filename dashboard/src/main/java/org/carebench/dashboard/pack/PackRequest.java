package org.carebench.dashboard.pack;

import java.util.List;
import org.carebench.dashboard.figures.Audience;
import org.carebench.dashboard.figures.Average;

/**
 * What a training pack is for: one authority and year, the indicators in slide order (empty: the
 * default set), the statistical-neighbour model and average, and the audience.
 */
public record PackRequest(
        String la, int period, List<String> indicators, String model, Average average, Audience audience) {

    public PackRequest {
        indicators = indicators == null || indicators.isEmpty() ? PackIndicators.DEFAULT : List.copyOf(indicators);
    }
}
