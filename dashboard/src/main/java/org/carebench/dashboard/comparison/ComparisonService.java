package org.carebench.dashboard.comparison;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.figures.Comparators;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.ComparisonData;
import org.carebench.dashboard.figures.FigureQueries;
import org.carebench.dashboard.figures.Indicator;
import org.carebench.dashboard.figures.Reorganisation;
import org.carebench.dashboard.figures.UnknownReferenceException;
import org.carebench.dashboard.warehouse.SnapshotCache;
import org.carebench.dashboard.warehouse.Warehouse;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Comparisons of a local authority with England, its region and its statistical neighbours. */
@Service
public class ComparisonService {

    static final int TREND_PERIODS = 10;

    private final SnapshotCache cache;
    private final ComparisonQueries queries;
    private final FigureQueries figures;

    public ComparisonService(Warehouse warehouse, ComparisonQueries queries, FigureQueries figures) {
        this.cache = new SnapshotCache(warehouse);
        this.queries = queries;
        this.figures = figures;
    }

    /** The trend: the comparison for each of the latest ten periods, oldest first. */
    public List<Comparison> trend(String indicator, String la, String model, Average average) {
        return read(key("trend", indicator, la, model, average), jdbc -> {
            ComparisonData data = load(jdbc, indicator, la, model);
            return data.latestPeriods(TREND_PERIODS).stream()
                    .map(period -> data.at(period, average))
                    .toList();
        });
    }

    public Comparison compare(String indicator, String la, int period, String model, Average average) {
        return read(key("compare", indicator, la, period, model, average), jdbc -> {
            ComparisonData data = load(jdbc, indicator, la, model);
            requireKnownPeriod(data, period);
            return data.at(period, average);
        });
    }

    /** The comparison for every period the indicator has, oldest first. */
    public List<Comparison> series(String indicator, String la, String model, Average average) {
        return read(key("series", indicator, la, model, average), jdbc -> {
            ComparisonData data = load(jdbc, indicator, la, model);
            return data.periods().stream()
                    .map(period -> data.at(period, average))
                    .toList();
        });
    }

    public Indicator indicator(String id) {
        return read(
                key("indicator", id),
                jdbc -> figures.indicator(jdbc, id).orElseThrow(() -> new UnknownReferenceException("indicator", id)));
    }

    /** Councils the authority replaced or was replaced by, whose figures carry its history on. */
    public List<Reorganisation> reorganisations(String la) {
        return read(key("reorganisations", la), jdbc -> figures.reorganisations(jdbc, la));
    }

    /** Every local authority's figure for one period ({@code null}: the latest), as the indicator page shows. */
    public AuthorityFigures allAuthorities(String indicator, Integer period) {
        return read(key("all-authorities", indicator, period), jdbc -> {
            List<Integer> periods = queries.periods(jdbc, indicator);
            int shown = period != null ? period : periods.isEmpty() ? 0 : periods.get(periods.size() - 1);
            if (!periods.contains(shown)) {
                throw new UnknownReferenceException("period", period == null ? "no figures for " + indicator : period);
            }
            Indicator about = figures.indicator(jdbc, indicator)
                    .orElseThrow(() -> new UnknownReferenceException("indicator", indicator));
            return new AuthorityFigures(about, shown, figures.figuresForPeriod(jdbc, indicator, shown));
        });
    }

    /** What the comparison page shows; {@code period} null means the latest. */
    public ComparisonPage page(String indicator, String la, Integer period, String model, Average average) {
        return page(indicator, la, period, model, average, false);
    }

    /** As {@link #page}, but a year the indicator lacks (carried from another page) shows its latest. */
    public ComparisonPage pageOrLatest(String indicator, String la, Integer period, String model, Average average) {
        return page(indicator, la, period, model, average, true);
    }

    private ComparisonPage page(
            String indicator, String la, Integer period, String model, Average average, boolean latestIfMissing) {
        return read(key("page", indicator, la, period, model, average, latestIfMissing), jdbc -> {
            ComparisonData data = load(jdbc, indicator, la, model);
            int latest = data.periods().get(data.periods().size() - 1);
            int shown = period == null || (latestIfMissing && !data.periods().contains(period)) ? latest : period;
            requireKnownPeriod(data, shown);
            List<Comparison> series = data.latestPeriods(TREND_PERIODS).stream()
                    .map(p -> data.at(p, average))
                    .toList();
            Comparators areas = data.areas();
            return new ComparisonPage(
                    data.indicator(),
                    areas.la(),
                    areas.region(),
                    data.periods(),
                    figures.neighbourModels(jdbc),
                    data.at(shown, average),
                    series,
                    queries.sourceFiles(jdbc, indicator, areas.codes()),
                    queries.samplePresent(jdbc),
                    figures.indicatorsWithLocalAuthorityFigures(jdbc),
                    figures.neighbourDetails(jdbc, model, la),
                    figures.figuresForPeriod(jdbc, indicator, shown),
                    figures.asOf(jdbc, List.of(la)));
        });
    }

    private <T> T read(List<Object> key, Function<NamedParameterJdbcTemplate, T> work) {
        return cache.get(key, session -> work.apply(session.jdbc()));
    }

    private static List<Object> key(Object... parts) {
        return Arrays.asList(parts);
    }

    private ComparisonData load(NamedParameterJdbcTemplate jdbc, String indicatorId, String laCode, String model) {
        Indicator indicator = figures.indicator(jdbc, indicatorId)
                .orElseThrow(() -> new UnknownReferenceException("indicator", indicatorId));
        Comparators areas = figures.comparators(jdbc, laCode, model, figures.neighbourModels(jdbc));
        List<Integer> periods = queries.periods(jdbc, indicatorId);
        if (periods.isEmpty()) {
            throw new UnknownReferenceException("period", "no figures for " + indicatorId);
        }
        return new ComparisonData(
                indicator,
                areas,
                periods,
                queries.figures(jdbc, indicatorId, areas.codes()),
                queries.localAuthorityValues(jdbc, indicatorId));
    }

    private static void requireKnownPeriod(ComparisonData data, int period) {
        if (!data.periods().contains(period)) {
            throw new UnknownReferenceException("period", period);
        }
    }
}
