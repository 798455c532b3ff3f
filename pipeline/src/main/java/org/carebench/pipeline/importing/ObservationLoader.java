package org.carebench.pipeline.importing;

import java.sql.Connection;
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

    /**
     * Of the national figures for the same indicator, area, period and breakdown, the one from the
     * newest release is current (from the file loaded last, if two share a release); the figures it
     * revises stay, no longer current. Run once after all of an import's files are loaded.
     */
    private static final String MARK_CURRENT = """
            UPDATE observation SET is_current = (ranked.newest = 1)
            FROM (SELECT rowid AS row_id, row_number() OVER (PARTITION BY indicator_id, area_code, period, breakdown
                          ORDER BY release DESC NULLS LAST, source_file_id DESC) AS newest
                  FROM observation WHERE source = 'national') ranked
            WHERE observation.rowid = ranked.row_id AND observation.is_current <> (ranked.newest = 1)
            """;

    private ObservationLoader() {}

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
            for (Layout.IndicatorMapping indicator : file.indicators()) {
                loaded += statement.executeUpdate("INSERT INTO observation (indicator_id, area_code, period, breakdown,"
                        + " value, status, source, release, source_file_id, is_current) SELECT "
                        + Sql.literal(indicator.id()) + ", " + rows.areaCode() + ", " + rows.period() + ", "
                        + rows.breakdown(indicator) + ", "
                        + "CASE WHEN " + rows.withheld(indicator) + " THEN NULL ELSE " + rows.number(indicator)
                        + " END, " + rows.status(indicator) + ", "
                        + "'national', " + Sql.literal(release) + ", " + sourceFileId + ", true"
                        + " FROM " + file.table() + " WHERE " + rows.where(indicator));
            }
        }
        return loaded;
    }

    static void markCurrentFigures(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(MARK_CURRENT);
        }
    }

    /** England and regions are named by the files themselves; LAs come from the code list when there is one. */
    private static void addAreas(Statement statement, StagedFile file, ObservationRows rows) throws SQLException {
        String laRegion = file.column("region_code") == null ? "NULL" : file.text("region_code");
        statement.execute("INSERT INTO area (code, level, name, region_code) SELECT code, any_value(level),"
                + " any_value(name), any_value(region) FROM (SELECT " + rows.areaCode() + " AS code, "
                + rows.areaLevel()
                + " AS level, " + rows.areaName() + " AS name, CASE WHEN " + rows.areaLevel() + " = 'la' THEN "
                + laRegion + " END AS region FROM " + file.table() + " WHERE " + rows.levelFilter() + ")"
                + " WHERE code IS NOT NULL GROUP BY code ON CONFLICT (code) DO NOTHING");
    }
}
