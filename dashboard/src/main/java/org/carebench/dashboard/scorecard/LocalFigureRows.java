package org.carebench.dashboard.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Indicator;
import org.carebench.dashboard.figures.LocalFigure;
import org.carebench.dashboard.figures.NeighbourAverage;
import org.carebench.dashboard.figures.Significance;

/**
 * Puts figures from {@link LocalFigureProvider}s on a scorecard: in the row of their indicator, or in a
 * row of their own (no national figure, so no comparator, rank or band) for a local-only indicator.
 */
final class LocalFigureRows {

    private LocalFigureRows() {}

    static Scorecard added(Scorecard card, Map<String, LocalFigure> provided, List<Indicator> catalogue) {
        if (provided.isEmpty()) {
            return card;
        }
        List<ScorecardRow> rows = new ArrayList<>();
        for (ScorecardRow row : card.rows()) {
            LocalFigure local = provided.get(row.indicator().id());
            rows.add(local == null ? row : new ScorecardRow(row.indicator(), row.comparison(), local));
        }
        for (Indicator indicator : catalogue) {
            LocalFigure local = provided.get(indicator.id());
            if (local != null && rows.stream().noneMatch(r -> r.indicator().id().equals(indicator.id()))) {
                rows.add(new ScorecardRow(indicator, localOnly(card, indicator), local));
            }
        }
        return new Scorecard(
                card.la(),
                card.region(),
                card.period(),
                card.model(),
                card.average(),
                card.periods(),
                card.neighbourModels(),
                rows,
                card.asOf());
    }

    private static Comparison localOnly(Scorecard card, Indicator indicator) {
        return new Comparison(
                indicator.id(),
                card.period(),
                new AreaFigure(card.la().code(), card.la().name(), null, null, null),
                null,
                null,
                new NeighbourAverage(card.model(), card.average(), null, 0, List.of()),
                null,
                null,
                null,
                new Significance(null, null, null, null));
    }
}
