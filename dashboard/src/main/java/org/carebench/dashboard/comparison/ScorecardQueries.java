package org.carebench.dashboard.comparison;

import static org.carebench.dashboard.comparison.ComparisonQueries.nullableDouble;
import static org.carebench.dashboard.comparison.ComparisonQueries.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The queries that read every indicator at once, for the scorecard and the catalogue: a handful of
 * statements per page however many indicators the catalogue holds.
 */
@Component
class ScorecardQueries {

    private static final String INDICATORS = sql("indicators");
    private static final String AREAS = sql("areas");
    private static final String WITH_LA_FIGURES = sql("indicators_with_local_authority_figures");
    private static final String INDICATOR_PERIODS = sql("indicator_periods");
    private static final String SCORECARD_PERIODS = sql("scorecard_periods");
    private static final String FIGURES = sql("scorecard_figures");
    private static final String LA_VALUES = sql("scorecard_local_authority_values");
    private static final String LOCAL_FIGURES = sql("local_figures");
    private static final String RELEASES = sql("releases_shown");
    private static final String FIGURES_FOR_PERIOD = sql("figures_for_period");
    private static final String LOCAL_AUTHORITIES = sql("local_authorities");

    List<Indicator> indicators(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query(INDICATORS, Map.of(), ComparisonQueries.INDICATOR_ROW);
    }

    /** The catalogue less the national-only indicators, which have no authority to compare. */
    List<Indicator> indicatorsWithLocalAuthorityFigures(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query(WITH_LA_FIGURES, Map.of(), ComparisonQueries.INDICATOR_ROW);
    }

    List<AreaSummary> areas(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query(AREAS, Map.of(), (rs, i) -> new AreaSummary(rs.getString("code"), rs.getString("level"),
                rs.getString("name"), rs.getString("region_code")));
    }

    List<Area> localAuthorities(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query(LOCAL_AUTHORITIES, Map.of(), ComparisonQueries.AREA_ROW);
    }

    /** National periods of each indicator, oldest first. */
    Map<String, List<Integer>> indicatorPeriods(NamedParameterJdbcTemplate jdbc) {
        Map<String, List<Integer>> periods = new HashMap<>();
        jdbc.query(INDICATOR_PERIODS, Map.of(), rs -> {
            periods.computeIfAbsent(rs.getString("indicator_id"), id -> new ArrayList<>()).add(rs.getInt("period"));
        });
        return periods;
    }

    /** Periods with local authority figures, and how many indicators each has. */
    Map<Integer, Integer> scorecardPeriods(NamedParameterJdbcTemplate jdbc) {
        Map<Integer, Integer> periods = new TreeMap<>();
        jdbc.query(SCORECARD_PERIODS, Map.of(), rs -> {
            periods.put(rs.getInt("period"), rs.getInt("indicators"));
        });
        return periods;
    }

    /** Figures keyed by indicator, then area code, then period. */
    Map<String, Map<String, Map<Integer, Figure>>> figures(NamedParameterJdbcTemplate jdbc, Collection<String> areas) {
        Map<String, Map<String, Map<Integer, Figure>>> figures = new HashMap<>();
        jdbc.query(FIGURES, Map.of("areas", areas), rs -> {
            figures.computeIfAbsent(rs.getString("indicator_id"), id -> new HashMap<>())
                    .computeIfAbsent(rs.getString("area_code"), code -> new TreeMap<>())
                    .put(rs.getInt("period"), new Figure(nullableDouble(rs, "value"), rs.getString("status"),
                            rs.getString("release")));
        });
        return figures;
    }

    /** Every local authority's published value for one period, by indicator: the rank population. */
    Map<String, List<Double>> localAuthorityValues(NamedParameterJdbcTemplate jdbc, int period) {
        Map<String, List<Double>> values = new HashMap<>();
        jdbc.query(LA_VALUES, Map.of("period", period), rs -> {
            values.computeIfAbsent(rs.getString("indicator_id"), id -> new ArrayList<>()).add(rs.getDouble("value"));
        });
        return values;
    }

    /** The authority's own unpublished figures, by indicator, then period. */
    Map<String, Map<Integer, Figure>> localFigures(NamedParameterJdbcTemplate jdbc, String la) {
        Map<String, Map<Integer, Figure>> figures = new HashMap<>();
        jdbc.query(LOCAL_FIGURES, Map.of("la", la), rs -> {
            figures.computeIfAbsent(rs.getString("indicator_id"), id -> new TreeMap<>())
                    .put(rs.getInt("period"), new Figure(nullableDouble(rs, "value"), rs.getString("status"),
                            rs.getString("release")));
        });
        return figures;
    }

    /** The releases (national) and extracts (local) that figures of these areas came from. */
    AsOf asOf(NamedParameterJdbcTemplate jdbc, Collection<String> areas) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        boolean[] sample = {false};
        jdbc.query(RELEASES, Map.of("areas", areas), rs -> {
            bySource.computeIfAbsent(rs.getString("source"), s -> new ArrayList<>()).add(rs.getString("release"));
            sample[0] |= rs.getBoolean("sample");
        });
        return new AsOf(bySource.getOrDefault("national", List.of()), bySource.getOrDefault("local", List.of()),
                sample[0]);
    }

    /** Every local authority's figure for one indicator and period, by name. */
    List<AreaFigure> figuresForPeriod(NamedParameterJdbcTemplate jdbc, String indicator, int period) {
        return jdbc.query(FIGURES_FOR_PERIOD, Map.of("indicator", indicator, "period", period), (rs, i) ->
                new AreaFigure(rs.getString("code"), rs.getString("name"), nullableDouble(rs, "value"),
                        rs.getString("status"), rs.getString("release")));
    }
}
