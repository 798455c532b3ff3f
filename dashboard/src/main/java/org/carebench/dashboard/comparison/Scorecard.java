package org.carebench.dashboard.comparison;

import java.util.List;

/** Every indicator with local authority figures, for one authority and period, read from one snapshot. */
public record Scorecard(
        Area la,
        Area region,
        int period,
        String model,
        String average,
        List<Integer> periods,
        List<String> neighbourModels,
        List<ScorecardRow> rows,
        AsOf asOf) {

    public boolean hasLocalFigures() {
        return rows.stream().anyMatch(row -> row.local() != null);
    }
}
