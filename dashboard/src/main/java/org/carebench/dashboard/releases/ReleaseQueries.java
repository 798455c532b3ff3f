package org.carebench.dashboard.releases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.warehouse.SqlResource;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The warehouse's record of releases loaded and their change reports; one statement per file in sql/releases. */
@Component
class ReleaseQueries {

    private static final String FILES = SqlResource.load("releases/release_files.sql");
    private static final String CHANGE_COUNTS = SqlResource.load("releases/change_counts.sql");
    private static final String CHANGES = SqlResource.load("releases/changes.sql");
    private static final String FIRST_PUBLISHED = SqlResource.load("releases/first_published.sql");

    List<ReleaseFile> files(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query(
                FILES,
                Map.of(),
                (rs, i) -> new ReleaseFile(
                        rs.getString("release"),
                        rs.getString("file_name"),
                        rs.getString("layout"),
                        rs.getLong("rows_loaded"),
                        rs.getTimestamp("loaded_at").toLocalDateTime(),
                        rs.getString("sha256"),
                        rs.getBoolean("sample"),
                        rs.getLong("job_execution_id")));
    }

    /** Per release, its imports (runs) and the count of each kind; null for a snapshot made before change reports. */
    Map<String, Map<Long, Map<String, Integer>>> changeCounts(NamedParameterJdbcTemplate jdbc) {
        Map<String, Map<Long, Map<String, Integer>>> counts = new LinkedHashMap<>();
        try {
            jdbc.query(CHANGE_COUNTS, Map.of(), rs -> {
                counts.computeIfAbsent(rs.getString("release"), r -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getLong("run"), r -> new LinkedHashMap<>())
                        .put(rs.getString("kind"), rs.getInt("changes"));
            });
        } catch (BadSqlGrammarException noReportTable) {
            return null;
        }
        return counts;
    }

    List<ReleaseChange> changes(NamedParameterJdbcTemplate jdbc, String release) {
        try {
            return jdbc.query(
                    CHANGES,
                    Map.of("release", release),
                    (rs, i) -> new ReleaseChange(
                            rs.getString("kind"),
                            rs.getString("indicator_id"),
                            rs.getString("indicator_title"),
                            rs.getString("unit"),
                            rs.getString("area_code"),
                            rs.getString("area_name"),
                            integer(rs, "period"),
                            rs.getString("breakdown"),
                            number(rs, "old_value"),
                            rs.getString("old_status"),
                            rs.getString("old_release"),
                            number(rs, "new_value"),
                            rs.getString("new_status"),
                            rs.getString("new_release"),
                            integer(rs, "figures"),
                            rs.getString("model"),
                            rs.getString("old_model"),
                            rs.getString("added"),
                            rs.getString("removed")));
        } catch (BadSqlGrammarException noReportTable) {
            return List.of();
        }
    }

    List<FirstPublished> firstPublished(NamedParameterJdbcTemplate jdbc, String indicator, String la) {
        return jdbc.query(
                FIRST_PUBLISHED,
                Map.of("indicator", indicator, "la", la),
                (rs, i) -> new FirstPublished(
                        rs.getInt("period"),
                        number(rs, "first_value"),
                        rs.getString("first_status"),
                        rs.getString("first_release"),
                        number(rs, "current_value"),
                        rs.getString("current_status"),
                        rs.getString("current_release")));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
