package org.carebench.dashboard.scorecard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.carebench.dashboard.figures.AnswerQueries;
import org.carebench.dashboard.figures.AreaDirectory;
import org.carebench.dashboard.figures.Audience;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.figures.Comparators;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Figure;
import org.carebench.dashboard.figures.FigureQueries;
import org.carebench.dashboard.figures.Indicator;
import org.carebench.dashboard.figures.LocalFigure;
import org.carebench.dashboard.figures.UnknownReferenceException;
import org.carebench.dashboard.warehouse.SnapshotCache;
import org.carebench.dashboard.warehouse.Warehouse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Every indicator for one local authority and period: the comparisons the import computed, read in
 * one statement, the same answers the single-indicator comparison reads.
 */
@Service
public class ScorecardService {

    private final SnapshotCache cache;
    private final ScorecardQueries queries;
    private final FigureQueries figures;
    private final AnswerQueries answers;
    private final int smallNumberThreshold;
    private final ObjectProvider<LocalFigureProvider> localFigureProviders;

    /** A scorecard of the snapshot's figures alone, with no other source of local figures. */
    public ScorecardService(
            Warehouse warehouse,
            ScorecardQueries queries,
            FigureQueries figures,
            AnswerQueries answers,
            int smallNumberThreshold) {
        this(
                warehouse,
                queries,
                figures,
                answers,
                smallNumberThreshold,
                new StaticListableBeanFactory().getBeanProvider(LocalFigureProvider.class));
    }

    @Autowired
    public ScorecardService(
            Warehouse warehouse,
            ScorecardQueries queries,
            FigureQueries figures,
            AnswerQueries answers,
            @Value("${carebench.small-number-threshold:5}") int smallNumberThreshold,
            ObjectProvider<LocalFigureProvider> localFigureProviders) {
        this.cache = new SnapshotCache(warehouse);
        this.queries = queries;
        this.figures = figures;
        this.answers = answers;
        this.smallNumberThreshold = smallNumberThreshold;
        this.localFigureProviders = localFigureProviders;
    }

    /** The scorecard as the audience may see it: for the public, small local counts are withheld. */
    public Scorecard scorecard(String laCode, Integer period, String model, Average average, Audience audience) {
        return scorecard(laCode, period, model, average, audience, null);
    }

    /** As above, as published in {@code release} (null: the current figures). */
    public Scorecard scorecard(
            String laCode, Integer period, String model, Average average, Audience audience, String release) {
        Scorecard internal = cache.get(
                Arrays.asList(laCode, period, model, average, release),
                session -> read(session.jdbc(), laCode, period, model, average, release));
        internal = release == null ? withProvidedLocalFigures(internal) : internal;
        return audience == Audience.PUBLIC ? internal.forPublic(smallNumberThreshold) : internal;
    }

    /** The scorecard; a null period means the period most indicators have, latest on a tie. */
    public Scorecard scorecard(String laCode, Integer period, String model, Average average) {
        return scorecard(laCode, period, model, average, Audience.INTERNAL, null);
    }

    /** Figures kept outside the snapshot change between imports, so they are added after the cache. */
    private Scorecard withProvidedLocalFigures(Scorecard card) {
        Map<String, LocalFigure> provided = new java.util.HashMap<>();
        localFigureProviders
                .orderedStream()
                .forEach(p -> provided.putAll(p.localFigures(card.la().code(), card.period())));
        return provided.isEmpty()
                ? card
                : LocalFigureRows.added(card, provided, shared(List.<Object>of("indicators"), figures::indicators));
    }

    private Scorecard read(
            NamedParameterJdbcTemplate jdbc,
            String laCode,
            Integer period,
            String model,
            Average average,
            String release) {
        AreaDirectory directory = shared(List.of("areas"), figures::areaDirectory);
        List<String> models = directory.models();
        Comparators areas = directory.comparators(laCode, model);
        if (release != null) {
            answers.requireRelease(jdbc, release);
        }
        Map<Integer, Integer> periods = inRelease(shared(List.of("periods"), queries::scorecardPeriods), release);
        int shown = period != null ? period : busiest(periods);
        if (!periods.containsKey(shown)) {
            throw new UnknownReferenceException("period", shown);
        }
        Map<String, Comparison> comparisons = answers.period(jdbc, areas, average, shown, release);
        Set<String> withFigures = queries.indicatorsWithFigures(jdbc, laCode);
        var local = queries.localFigures(jdbc, laCode);
        List<ScorecardRow> rows = new ArrayList<>();
        for (Indicator indicator : shared(List.<Object>of("indicators"), figures::indicators)) {
            if (!withFigures.contains(indicator.id())) {
                continue;
            }
            Comparison comparison = comparisons.getOrDefault(
                    indicator.id(), AnswerQueries.nothingIn(areas, average, indicator.id(), shown));
            rows.add(new ScorecardRow(indicator, comparison, localFigure(local.get(indicator.id()), shown)));
        }
        return new Scorecard(
                areas.la(),
                areas.region(),
                shown,
                model,
                average.id(),
                List.copyOf(periods.keySet()),
                models,
                rows,
                figures.asOf(jdbc, List.of(laCode)));
    }

    /** A release covers the years up to the one it is named by. */
    private static Map<Integer, Integer> inRelease(Map<Integer, Integer> periods, String release) {
        if (release == null || !release.matches("\\d{4}")) {
            return periods;
        }
        Map<Integer, Integer> covered = new TreeMap<>(periods);
        covered.keySet().removeIf(p -> p > Integer.parseInt(release));
        return covered;
    }

    /**
     * What every authority's scorecard reads alike (the catalogue, periods, every authority's values),
     * read once per snapshot, so that a first scorecard for an authority only reads its own figures.
     */
    private <T> T shared(List<Object> key, Function<NamedParameterJdbcTemplate, T> read) {
        return cache.get(key, session -> read.apply(session.jdbc()));
    }

    private static int busiest(Map<Integer, Integer> periods) {
        if (periods.isEmpty()) {
            throw new UnknownReferenceException("period", "no local authority figures");
        }
        int most = Collections.max(periods.values());
        return periods.entrySet().stream()
                .filter(e -> e.getValue() == most)
                .mapToInt(Map.Entry::getKey)
                .max()
                .orElseThrow();
    }

    /** The local figure for the period shown; failing that the newest, which is often ahead of DfE's. */
    private static LocalFigure localFigure(Map<Integer, Figure> figures, int period) {
        if (figures == null || figures.isEmpty()) {
            return null;
        }
        int chosen = figures.containsKey(period) ? period : Collections.max(figures.keySet());
        Figure f = figures.get(chosen);
        return new LocalFigure(chosen, f.value(), f.status(), f.release());
    }
}
