package org.carebench.dashboard.figures;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one local authority's comparison needs, for every period, read from one snapshot:
 * single-period answers and the series over all periods are computed from the same figures.
 */
public record ComparisonData(
        Indicator indicator,
        Comparators areas,
        List<Integer> periods,
        Map<String, Map<Integer, Figure>> figures,
        Map<Integer, List<Double>> localAuthorityValues) {

    public Comparison at(int period, Average average) {
        AreaFigure laFigure = figure(areas.la(), period);
        List<Double> population = localAuthorityValues.getOrDefault(period, List.of());
        Polarity polarity = indicator.polarity();
        return new Comparison(
                indicator.id(),
                period,
                laFigure,
                figure(areas.england(), period),
                figure(areas.region(), period),
                neighbourAverage(period, average),
                ComparisonMaths.rank(laFigure.value(), population, polarity),
                ComparisonMaths.quartile(laFigure.value(), population, polarity),
                direction(period, laFigure));
    }

    /** The latest periods, oldest first: a trend shows at most {@code count} of them. */
    public List<Integer> latestPeriods(int count) {
        return periods.subList(Math.max(0, periods.size() - count), periods.size());
    }

    private Direction direction(int period, AreaFigure current) {
        int index = periods.indexOf(period);
        if (index <= 0) {
            return null;
        }
        int previous = periods.get(index - 1);
        return Direction.between(previous, figure(areas.la(), previous).value(), current.value(), indicator.polarity());
    }

    private NeighbourAverage neighbourAverage(int period, Average average) {
        List<AreaFigure> members =
                areas.neighbours().stream().map(n -> figure(n, period)).toList();
        List<Double> values =
                members.stream().map(AreaFigure::value).filter(Objects::nonNull).toList();
        return new NeighbourAverage(
                areas.model(), average.id(), ComparisonMaths.average(values, average), values.size(), members);
    }

    private AreaFigure figure(Area area, int period) {
        if (area == null) {
            return null;
        }
        Figure figure = figures.getOrDefault(area.code(), Map.of()).get(period);
        return figure == null
                ? AreaFigure.missing(area)
                : new AreaFigure(area.code(), area.name(), figure.value(), figure.status(), figure.release());
    }
}
