package org.carebench.dashboard.report;

import java.util.List;
import org.carebench.dashboard.figures.Audience;
import org.carebench.dashboard.figures.Average;

/** A board report's selection: the indicators the board follows (empty: every one with figures). */
public record ReportRequest(
        String la, Integer period, List<String> indicators, String model, Average average, Audience audience) {

    public ReportRequest {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
