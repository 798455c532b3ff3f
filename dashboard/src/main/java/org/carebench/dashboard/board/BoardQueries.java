package org.carebench.dashboard.board;

import java.util.LinkedHashMap;
import java.util.Map;
import org.carebench.dashboard.warehouse.SqlResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** An authority's published figures in one snapshot, to compare one snapshot with another. */
@Component
class BoardQueries {

    private static final String AUTHORITY_FIGURES = SqlResource.load("board/authority_figures.sql");

    /** Every national figure of the authority, by indicator and year. */
    Map<FigureChange.Key, FigureChange.Value> figures(NamedParameterJdbcTemplate jdbc, String la) {
        Map<FigureChange.Key, FigureChange.Value> figures = new LinkedHashMap<>();
        jdbc.query(AUTHORITY_FIGURES, Map.of("la", la), rs -> {
            double value = rs.getDouble("value");
            figures.put(
                    new FigureChange.Key(rs.getString("indicator_id"), rs.getInt("period")),
                    new FigureChange.Value(rs.wasNull() ? null : value, rs.getString("status")));
        });
        return figures;
    }
}
