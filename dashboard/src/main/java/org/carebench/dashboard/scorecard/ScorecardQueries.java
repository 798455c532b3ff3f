package org.carebench.dashboard.scorecard;

import static org.carebench.dashboard.figures.FigureQueries.figure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

    private static final String SCORECARD_PERIODS = sql("scorecard_periods");
    private static final String WITH_FIGURES = sql("indicators_with_figures");
    private static final String LOCAL_FIGURES = sql("local_figures");

    /** Periods with local authority figures, and how many indicators each has. */
    Map<Integer, Integer> scorecardPeriods(NamedParameterJdbcTemplate jdbc) {
        Map<Integer, Integer> periods = new TreeMap<>();
        jdbc.query(SCORECARD_PERIODS, Map.of(), rs -> {
            periods.put(rs.getInt("period"), rs.getInt("indicators"));
        });
        return periods;
    }

    /** The indicators the authority has national figures for, in any period: the scorecard's rows. */
    Set<String> indicatorsWithFigures(NamedParameterJdbcTemplate jdbc, String la) {
        return new HashSet<>(jdbc.queryForList(WITH_FIGURES, Map.of("la", la), String.class));
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
