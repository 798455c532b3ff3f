package org.carebench.dashboard.comparison;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.carebench.dashboard.figures.AnswerQueries;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.figures.Comparators;
import org.carebench.dashboard.figures.Comparison;
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
    private final AnswerQueries answers;

    public ComparisonService(
            Warehouse warehouse, ComparisonQueries queries, FigureQueries figures, AnswerQueries answers) {
        this.cache = new SnapshotCache(warehouse);
        this.queries = queries;
        this.figures = figures;
        this.answers = answers;
    }

    /** The trend: the comparison for each of the latest ten periods, oldest first. */
    public List<Comparison> trend(String indicator, String la, String model, Average average) {
        return trend(indicator, la, model, average, null);
    }

    /** As {@link #trend}, as published in {@code release} (null: the current figures). */
    public List<Comparison> trend(String indicator, String la, String model, Average average, String release) {
        return read(key("trend", indicator, la, model, average, release), jdbc -> {
            List<Comparison> all = load(jdbc, indicator, la, model, average, release);
            return latest(all, TREND_PERIODS);
        });
    }

    public Comparison compare(String indicator, String la, int period, String model, Average average) {
        return compare(indicator, la, period, model, average, null);
    }

    /** As {@link #compare}, as published in {@code release} (null: the current figures). */
    public Comparison compare(String indicator, String la, int period, String model, Average average, String release) {
        return read(
                key("compare", indicator, la, period, model, average, release),
                jdbc -> at(load(jdbc, indicator, la, model, average, release), period));
    }

    /** The comparison for every period the indicator has, oldest first. */
    public List<Comparison> series(String indicator, String la, String model, Average average) {
        return series(indicator, la, model, average, null);
    }

    /** As {@link #series}, as published in {@code release} (null: the current figures). */
    public List<Comparison> series(String indicator, String la, String model, Average average, String release) {
        return read(
                key("series", indicator, la, model, average, release),
                jdbc -> load(jdbc, indicator, la, model, average, release));
    }

    public Indicator indicator(String id) {
        return catalogueEntry(id);
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
            List<Comparison> all = load(jdbc, indicator, la, model, average, null);
            List<Integer> periods = all.stream().map(Comparison::period).toList();
            int latest = periods.get(periods.size() - 1);
            int shown = period == null || (latestIfMissing && !periods.contains(period)) ? latest : period;
            Comparators areas = comparators(la, model);
            return new ComparisonPage(
                    catalogueEntry(indicator),
                    areas.la(),
                    areas.region(),
                    periods,
                    figures.neighbourModels(jdbc),
                    at(all, shown),
                    latest(all, TREND_PERIODS),
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

    /** Every period's comparison, as the import computed it (or, for a release, the same SQL over its figures). */
    private List<Comparison> load(
            NamedParameterJdbcTemplate jdbc,
            String indicatorId,
            String laCode,
            String model,
            Average average,
            String release) {
        Indicator indicator = catalogueEntry(indicatorId);
        Comparators areas = comparators(laCode, model);
        if (release != null) {
            answers.requireRelease(jdbc, release);
        }
        List<Comparison> all = answers.series(jdbc, indicator, areas, average, release);
        if (all.isEmpty()) {
            throw new UnknownReferenceException(
                    "period", "no figures for " + indicatorId + (release == null ? "" : " in release " + release));
        }
        return all;
    }

    /** The catalogue entry and the areas compared change only with the snapshot: read once for it. */
    private Indicator catalogueEntry(String id) {
        return cache.get(
                key("indicator", id),
                session -> figures.indicator(session.jdbc(), id)
                        .orElseThrow(() -> new UnknownReferenceException("indicator", id)));
    }

    private Comparators comparators(String la, String model) {
        return cache.get(key("areas"), session -> figures.areaDirectory(session.jdbc()))
                .comparators(la, model);
    }

    private static Comparison at(List<Comparison> all, int period) {
        return all.stream()
                .filter(c -> c.period() == period)
                .findFirst()
                .orElseThrow(() -> new UnknownReferenceException("period", period));
    }

    private static List<Comparison> latest(List<Comparison> all, int count) {
        return all.subList(Math.max(0, all.size() - count), all.size());
    }
}
