package org.carebench.pipeline.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The warehouse's record of every file loaded: what it was, its checksum, what came of it. */
final class SourceFiles {

    private SourceFiles() {}

    static Set<String> checksums(Connection connection) throws SQLException {
        Set<String> checksums = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT sha256 FROM source_file")) {
            while (result.next()) {
                checksums.add(result.getString(1));
            }
        }
        return checksums;
    }

    static long lastRowCount(Connection connection, String fileName, String layout) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT rows_read FROM source_file WHERE file_name = ? AND layout = ? ORDER BY id DESC LIMIT 1")) {
            statement.setString(1, fileName);
            statement.setString(2, layout);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }

    /** Records the file and returns its id, which every row loaded from it carries. */
    static int record(Connection connection, StagedFile file, String release, long jobExecutionId) throws SQLException {
        int id;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM source_file")) {
            result.next();
            id = result.getInt(1);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO source_file (id, file_name, path,"
                + " sha256, layout, release, sample, rows_read, rows_loaded, rows_rejected, job_execution_id, loaded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)")) {
            insert.setInt(1, id);
            insert.setString(2, file.sourceName());
            insert.setString(3, file.path().toAbsolutePath().toString());
            insert.setString(4, file.sha256());
            insert.setString(5, file.layout().name());
            insert.setString(6, release);
            insert.setBoolean(7, file.sample());
            insert.setLong(8, file.rows());
            insert.setLong(9, jobExecutionId);
            insert.setTimestamp(10, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }
}
