package org.carebench.dashboard.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.figures.AreaDirectory;
import org.carebench.dashboard.figures.Average;
import org.carebench.dashboard.figures.Comparators;
import org.carebench.dashboard.figures.Figure;
import org.carebench.dashboard.figures.FigureQueries;
import org.carebench.dashboard.figures.UnknownReferenceException;
import org.carebench.dashboard.warehouse.SnapshotCache;
import org.carebench.dashboard.warehouse.Warehouse;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Who the children are: the shares of each category (jobs/breakdowns.yml) for the authority, its
 * region, England and its neighbours' average, and the council's own from its latest extract, read
 * from the snapshot and kept for as long as it is current. Callers drop the local shares for anyone
 * who may not see local figures ({@link Profile#withoutLocalFigures()}).
 */
@Service
public class ProfileService {

    private final SnapshotCache cache;
    private final ProfileQueries queries;
    private final FigureQueries figures;

    public ProfileService(Warehouse warehouse, ProfileQueries queries, FigureQueries figures) {
        this.cache = new SnapshotCache(warehouse);
        this.queries = queries;
        this.figures = figures;
    }

    /** {@code period} null: the latest year the authority has figures for, else the latest year. */
    public Profile profile(String la, Integer period, String model, Average average) {
        return profile(la, period, model, average, false);
    }

    /** As {@link #profile}, but a year without profile figures (carried from another page) shows the latest. */
    public Profile profileOrLatest(String la, Integer period, String model, Average average) {
        return profile(la, period, model, average, true);
    }

    private Profile profile(String la, Integer period, String model, Average average, boolean latestIfMissing) {
        return cache.get(
                List.<Object>of("profile", la, String.valueOf(period), model, average, latestIfMissing),
                session -> build(session.jdbc(), la, period, model, average, latestIfMissing));
    }

    private Profile build(
            NamedParameterJdbcTemplate jdbc,
            String la,
            Integer period,
            String model,
            Average average,
            boolean latestIfMissing) {
        AreaDirectory directory = cache.get(List.of("areas"), session -> figures.areaDirectory(session.jdbc()));
        List<String> models = directory.models();
        Comparators areas = directory.comparators(la, model);
        List<ProfileQueries.Period> known = queries.vocabularyPresent(jdbc) ? queries.periods(jdbc, la) : List.of();
        if (known.isEmpty()) {
            throw new UnknownReferenceException("period", "no figures by characteristic in this snapshot");
        }
        List<Integer> periods =
                known.stream().map(ProfileQueries.Period::period).toList();
        int shown = period == null || (latestIfMissing && !periods.contains(period)) ? latest(known) : period;
        if (!periods.contains(shown)) {
            throw new UnknownReferenceException("period", shown);
        }
        List<String> codes = new ArrayList<>(List.of(areas.la().code()));
        if (areas.region() != null) {
            codes.add(areas.region().code());
        }
        if (areas.england() != null) {
            codes.add(areas.england().code());
        }
        Map<String, Map<String, Figure>> shares = queries.areaFigures(jdbc, shown, codes);
        Map<String, ProfileQueries.Average> neighbours = queries.neighbourAverages(jdbc, la, model, shown);
        ProfileQueries.LocalShares local = queries.localFigures(jdbc, la);
        return new Profile(
                areas.la(),
                areas.region(),
                areas.england(),
                model,
                average.id(),
                areas.neighbours().size(),
                periods,
                shown,
                populations(jdbc, queries.categories(jdbc), shares, neighbours, local.figures(), areas, average),
                figures.asOf(jdbc, codes),
                models,
                local.source());
    }

    private static int latest(List<ProfileQueries.Period> periods) {
        return periods.stream()
                .filter(ProfileQueries.Period::authorityHasFigures)
                .reduce((first, second) -> second)
                .orElse(periods.get(periods.size() - 1))
                .period();
    }

    private List<ProfilePopulation> populations(
            NamedParameterJdbcTemplate jdbc,
            List<ProfileQueries.Category> categories,
            Map<String, Map<String, Figure>> shares,
            Map<String, ProfileQueries.Average> neighbours,
            Map<String, Figure> local,
            Comparators areas,
            Average average) {
        Map<String, ProfilePopulation> populations = new LinkedHashMap<>();
        Map<String, List<ProfileCategory>> dimensions = new LinkedHashMap<>();
        for (ProfileQueries.Category c : categories) {
            ProfilePopulation population = populations.computeIfAbsent(
                    c.population(),
                    id -> new ProfilePopulation(
                            id,
                            c.populationTitle(),
                            figures.indicator(jdbc, c.indicator())
                                    .orElseThrow(() -> new UnknownReferenceException("indicator", c.indicator())),
                            new ArrayList<>()));
            List<ProfileCategory> dimension = dimensions.computeIfAbsent(c.population() + "/" + c.dimension(), key -> {
                List<ProfileCategory> list = new ArrayList<>();
                population.dimensions().add(new ProfileDimension(c.dimension(), c.dimensionTitle(), list));
                return list;
            });
            String key = ProfileQueries.key(c.population(), c.dimension(), c.position());
            Map<String, Figure> byArea = shares.getOrDefault(key, Map.of());
            ProfileQueries.Average n = neighbours.get(key);
            dimension.add(new ProfileCategory(
                    c.label(),
                    byArea.get(areas.la().code()),
                    areas.region() == null ? null : byArea.get(areas.region().code()),
                    areas.england() == null ? null : byArea.get(areas.england().code()),
                    n == null ? null : average == Average.MEDIAN ? n.median() : n.mean(),
                    n == null ? 0 : n.count(),
                    local.get(key)));
        }
        // Dimensions with no figure for any comparator in the year are left out rather than drawn empty.
        return populations.values().stream()
                .map(p -> new ProfilePopulation(
                        p.id(),
                        p.title(),
                        p.indicator(),
                        p.dimensions().stream()
                                .filter(d -> d.hasPublishedFigures()
                                        || d.categories().stream().anyMatch(c -> c.local() != null))
                                .toList()))
                .filter(p -> !p.dimensions().isEmpty())
                .toList();
    }
}
