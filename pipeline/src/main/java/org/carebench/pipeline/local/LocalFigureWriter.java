package org.carebench.pipeline.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes local figures into the attached new snapshot (catalog {@code warehouse}): source 'local', the
 * extract's release, the period and its end date. A newer extract's figure for the same indicator,
 * area and period supersedes an older one; national figures are never touched.
 */
final class LocalFigureWriter {

    static final String CATALOG = "warehouse";
    private static final String SAME_FIGURE =
            " o.indicator_id = observation.indicator_id AND o.area_code = observation.area_code"
                    + " AND o.period = observation.period AND o.breakdown = observation.breakdown"
                    + " AND o.period_end IS NOT DISTINCT FROM observation.period_end AND o.source = 'local'";

    /** The marker of the product's own invented sample, as the national import knows it: never a council's records. */
    private static final String SAMPLE_MARKER = "carebench-sample-data.txt";

    private final Connection connection;
    private final String areaCode;
    private final String release;
    private int sourceFileId;

    LocalFigureWriter(Connection connection, String areaCode, String release) {
        this.connection = connection;
        this.areaCode = areaCode;
        this.release = release;
    }

    void recordSource(String fileName, String path, String sha256, String layout, long rowsRead, long jobExecutionId)
            throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet next =
                        statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + CATALOG + ".source_file")) {
            next.next();
            sourceFileId = next.getInt(1);
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + CATALOG + ".source_file (id, file_name, path,"
                        + " sha256, layout, release, rows_read, rows_loaded, rows_rejected, job_execution_id, loaded_at, sample)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)")) {
            insert.setInt(1, sourceFileId);
            insert.setString(2, fileName);
            insert.setString(3, path);
            insert.setString(4, sha256);
            insert.setString(5, layout);
            insert.setString(6, release);
            insert.setLong(7, rowsRead);
            insert.setLong(8, jobExecutionId);
            insert.setTimestamp(9, Timestamp.from(Instant.now()));
            insert.setBoolean(10, Files.exists(Path.of(path).resolve(SAMPLE_MARKER)));
            insert.executeUpdate();
        }
    }

    int sourceFileId() {
        return sourceFileId;
    }

    /** The ONS estimate of children aged 0 to 17 the rate for this period uses, if the warehouse holds it. */
    Double population(int year) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM " + CATALOG + ".observation"
                + " WHERE indicator_id = 'population-0-17' AND area_code = ? AND period = ? AND source = 'national' AND is_current"
                + " AND value IS NOT NULL")) {
            query.setString(1, areaCode);
            query.setInt(2, year);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getDouble(1) : null;
            }
        }
    }

    void write(String indicatorId, int period, LocalDate periodEnd, double value, String notes) throws SQLException {
        write(indicatorId, "", period, periodEnd, value, notes);
    }

    /** A figure split by characteristic carries its breakdown label, as national ones do. */
    void write(String indicatorId, String breakdown, int period, LocalDate periodEnd, double value, String notes)
            throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + CATALOG + ".observation (indicator_id,"
                        + " area_code, period, breakdown, value, status, source, release, source_file_id, is_current, period_end, notes)"
                        + " VALUES (?, ?, ?, ?, ?, NULL, 'local', ?, ?, true, ?, ?)")) {
            insert.setString(1, indicatorId);
            insert.setString(2, areaCode);
            insert.setInt(3, period);
            insert.setString(4, breakdown);
            insert.setDouble(5, value);
            insert.setString(6, release);
            insert.setInt(7, sourceFileId);
            insert.setObject(8, periodEnd);
            insert.setString(9, notes);
            insert.executeUpdate();
        }
    }

    void define(String indicatorId, String definition) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO " + CATALOG
                + ".local_indicator_definition (indicator_id, definition) VALUES (?, ?)")) {
            insert.setString(1, indicatorId);
            insert.setString(2, definition);
            insert.executeUpdate();
        }
    }

    /** Figures of the newest extract are current; older ones stay queryable, as national revisions do. */
    void settleRevisions() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "UPDATE " + CATALOG + ".observation SET is_current = false WHERE source_file_id = " + sourceFileId
                            + " AND EXISTS (SELECT 1 FROM " + CATALOG + ".observation o WHERE o.source_file_id <> "
                            + sourceFileId
                            + " AND o.is_current AND o.release > observation.release AND" + SAME_FIGURE + ")");
            statement.executeUpdate("UPDATE " + CATALOG
                    + ".observation SET is_current = false WHERE source = 'local' AND source_file_id <> "
                    + sourceFileId + " AND is_current AND EXISTS (SELECT 1 FROM " + CATALOG
                    + ".observation o WHERE o.source_file_id = "
                    + sourceFileId + " AND o.is_current AND o.release >= observation.release AND" + SAME_FIGURE + ")");
        }
    }
}
