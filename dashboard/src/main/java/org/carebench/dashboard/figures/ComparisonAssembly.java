package org.carebench.dashboard.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Puts a {@link Comparison} together from the answer rows of an authority and of its neighbours. */
final class ComparisonAssembly {

    private ComparisonAssembly() {}

    static Comparison of(
            Comparators areas, Average average, AnswerRow row, Map<String, Map<Integer, AnswerRow>> byArea) {
        List<AreaFigure> members = new ArrayList<>();
        List<Interval> intervals = new ArrayList<>();
        for (Area n : areas.neighbours()) {
            AnswerRow neighbour = byArea.getOrDefault(n.code(), Map.of()).get(row.period());
            members.add(figure(n, neighbour == null ? null : neighbour.la()));
            intervals.add(neighbour == null ? null : neighbour.interval());
        }
        NeighbourAverage neighbours = new NeighbourAverage(
                areas.model(),
                average.id(),
                row.neighbourValue(),
                row.neighbourCount(),
                List.copyOf(members),
                Collections.unmodifiableList(intervals));
        String region = areas.region() == null ? "the region" : areas.region().name();
        Significance significance = new Significance(
                row.interval(),
                Verdict.of(row.vsEngland(), "England"),
                areas.region() == null ? null : Verdict.of(row.vsRegion(), region),
                Verdict.of(row.vsNeighbours(), "the neighbours' " + average.id()));
        return new Comparison(
                row.indicatorId(),
                row.period(),
                figure(areas.la(), row.la()),
                areas.england() == null ? null : figure(areas.england(), row.england()),
                areas.region() == null ? null : figure(areas.region(), row.region()),
                neighbours,
                row.rank(),
                row.quartile(),
                row.direction(),
                significance);
    }

    private static AreaFigure figure(Area area, Figure figure) {
        return figure == null
                ? AreaFigure.missing(area)
                : new AreaFigure(area.code(), area.name(), figure.value(), figure.status(), figure.release());
    }
}
