package org.carebench.dashboard.scorecard;

import static org.carebench.dashboard.figures.FigureQueries.figure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carebench.dashboard.figures.Figure;
import org.carebench.dashboard.warehouse.SqlResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The queries that read every indicator at once for the scorecard: a handful of statements per page
 * however many indicators the catalogue holds. Each lives in its own file under sql/scorecard.
 */
@Component
public class ScorecardQueries {

    private static final String INDICATOR_PERIODS = sql("indicator_periods");
    private static final String SCORECARD_PERIODS = sql("scorecard_periods");
    private static final String FIGURES = sql("scorecard_figures");
    private static final String LA_VALUES = sql("scorecard_local_authority_values");
    private static final String LOCAL_FIGURES = sql("local_figures");

    /** National periods of each indicator, oldest first. */
    Map<String, List<Integer>> indicatorPeriods(NamedParameterJdbcTemplate jdbc) {
        Map<String, List<Integer>> periods = new HashMap<>();
        jdbc.query(INDICATOR_PERIODS, Map.of(), rs -> {
            periods.computeIfAbsent(rs.getString("indicator_id"), id -> new ArrayList<>())
                    .add(rs.getInt("period"));
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
                    .put(rs.getInt("period"), figure(rs));
        });
        return figures;
    }

    /** Every local authority's published value for one period, by indicator: the rank population. */
    Map<String, List<Double>> localAuthorityValues(NamedParameterJdbcTemplate jdbc, int period) {
        Map<String, List<Double>> values = new HashMap<>();
        jdbc.query(LA_VALUES, Map.of("period", period), rs -> {
            values.computeIfAbsent(rs.getString("indicator_id"), id -> new ArrayList<>())
                    .add(rs.getDouble("value"));
        });
        return values;
    }

    /** The authority's own unpublished figures, by indicator, then period. */
    Map<String, Map<Integer, Figure>> localFigures(NamedParameterJdbcTemplate jdbc, String la) {
        Map<String, Map<Integer, Figure>> figures = new HashMap<>();
        jdbc.query(LOCAL_FIGURES, Map.of("la", la), rs -> {
            figures.computeIfAbsent(rs.getString("indicator_id"), id -> new TreeMap<>())
                    .put(rs.getInt("period"), figure(rs));
        });
        return figures;
    }

    private static String sql(String name) {
        return SqlResource.load("scorecard/" + name + ".sql");
    }
}
