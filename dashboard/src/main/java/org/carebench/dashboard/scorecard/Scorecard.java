package org.carebench.dashboard.scorecard;

import java.util.List;
import org.carebench.dashboard.figures.Area;
import org.carebench.dashboard.figures.AsOf;
import org.carebench.dashboard.figures.SmallNumbers;

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

    /** The same scorecard as a public audience may see it: small local counts withheld. */
    public Scorecard forPublic(int smallNumberThreshold) {
        List<ScorecardRow> publicRows = rows.stream()
                .map(row -> new ScorecardRow(
                        row.indicator(),
                        row.comparison(),
                        SmallNumbers.forPublic(row.local(), row.indicator(), smallNumberThreshold)))
                .toList();
        return new Scorecard(la, region, period, model, average, periods, neighbourModels, publicRows, asOf);
    }

    /** The same scorecard with no trace of the council's own local figures, for viewers and anonymous callers. */
    public Scorecard withoutLocalFigures() {
        List<ScorecardRow> nationalRows = rows.stream()
                .map(row -> new ScorecardRow(row.indicator(), row.comparison(), null))
                .toList();
        return new Scorecard(
                la,
                region,
                period,
                model,
                average,
                periods,
                neighbourModels,
                nationalRows,
                asOf.withoutLocalExtracts());
    }

    public boolean hasLocalFigures() {
        return rows.stream().anyMatch(row -> row.local() != null);
    }
}
