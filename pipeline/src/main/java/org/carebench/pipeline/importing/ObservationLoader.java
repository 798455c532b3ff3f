package org.carebench.pipeline.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.carebench.pipeline.definition.Layout;

/**
 * Loads each indicator a tidy file carries. A suppression symbol becomes a NULL value with the
 * symbol as status, never a number. Figures from a newer release become current; the figures they
 * revise stay queryable.
 */
final class ObservationLoader {

    private static final String SAME_FIGURE = " o.indicator_id = observation.indicator_id"
            + " AND o.area_code = observation.area_code AND o.period = observation.period"
            + " AND o.breakdown = observation.breakdown AND o.source = observation.source";

    /** A file of an older release than the figures held keeps its rows, but not as current. */
    private static final String NEW_ROWS_OLDER_THAN_HELD = "UPDATE observation SET is_current = false"
            + " WHERE source_file_id = ? AND EXISTS (SELECT 1 FROM observation o WHERE o.source_file_id <> ?"
            + " AND o.is_current AND o.release > observation.release AND" + SAME_FIGURE + ")";

    /** Held figures that the new file revises stay queryable, no longer current. */
    private static final String HELD_ROWS_REVISED_BY_NEW = "UPDATE observation SET is_current = false"
            + " WHERE source_file_id <> ? AND is_current AND EXISTS (SELECT 1 FROM observation o"
            + " WHERE o.source_file_id = ? AND o.is_current AND o.release >= observation.release AND" + SAME_FIGURE + ")";

    private ObservationLoader() {
    }

    /** A release is named by the latest period it covers: the 2024 release runs to 2024. */
    static String release(Connection connection, StagedFile file) throws SQLException {
        ObservationRows rows = new ObservationRows(file);
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT max(" + rows.period() + ") FROM " + file.table())) {
            result.next();
            return result.getString(1);
        }
    }

    static long load(Connection connection, StagedFile file, int sourceFileId, String release) throws SQLException {
        ObservationRows rows = new ObservationRows(file);
        long loaded = 0;
        try (Statement statement = connection.createStatement()) {
            addAreas(statement, file, rows);
            for (Layout.IndicatorMapping indicator : file.layout().indicators()) {
                String value = indicator.value();
                loaded += statement.executeUpdate("INSERT INTO observation (indicator_id, area_code, period, breakdown,"
                        + " value, status, source, release, source_file_id, is_current) SELECT "
                        + Sql.literal(indicator.id()) + ", " + rows.areaCode() + ", " + rows.period() + ", " + rows.breakdown(indicator) + ", "
                        + "CASE WHEN " + rows.isSymbol(value) + " THEN NULL ELSE " + rows.number(indicator) + " END, "
                        + "CASE WHEN " + rows.isSymbol(value) + " THEN " + file.text(value) + " END, "
                        + "'national', " + Sql.literal(release) + ", " + sourceFileId + ", true"
                        + " FROM " + file.table() + " WHERE " + rows.where(indicator));
            }
        }
        try (PreparedStatement olderThanHeld = connection.prepareStatement(NEW_ROWS_OLDER_THAN_HELD);
             PreparedStatement revisedByNew = connection.prepareStatement(HELD_ROWS_REVISED_BY_NEW)) {
            olderThanHeld.setInt(1, sourceFileId);
            olderThanHeld.setInt(2, sourceFileId);
            olderThanHeld.executeUpdate();
            revisedByNew.setInt(1, sourceFileId);
            revisedByNew.setInt(2, sourceFileId);
            revisedByNew.executeUpdate();
        }
        return loaded;
    }

    /** England and regions are named by the files themselves; LAs come from the code list when there is one. */
    private static void addAreas(Statement statement, StagedFile file, ObservationRows rows) throws SQLException {
        String laRegion = file.column("region_code") == null ? "NULL" : file.text("region_code");
        statement.execute("INSERT INTO area (code, level, name, region_code) SELECT code, any_value(level),"
                + " any_value(name), any_value(region) FROM (SELECT " + rows.areaCode() + " AS code, " + rows.areaLevel()
                + " AS level, " + rows.areaName() + " AS name, CASE WHEN " + rows.areaLevel() + " = 'la' THEN "
                + laRegion + " END AS region FROM " + file.table() + " WHERE " + rows.levelFilter() + ")"
                + " WHERE code IS NOT NULL GROUP BY code ON CONFLICT (code) DO NOTHING");
    }
}
