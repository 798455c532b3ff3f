package org.carebench.pipeline.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What a snapshot holds (each file loaded, its layout, release and rows), written beside it when it
 * is published. A published snapshot never changes, so status reads this small file instead of
 * starting DuckDB; snapshots published before it existed are read from the database itself.
 */
public final class SnapshotSummary {

    /** One file loaded into a snapshot. */
    public record Source(String file, String layout, String release, long rows, String loadedAt) {}

    private SnapshotSummary() {}

    /** Kept under the warehouse's history/, so the snapshots folder holds snapshots only. */
    static Path of(Path snapshot) {
        return snapshot.toAbsolutePath()
                .getParent()
                .resolveSibling("history/summaries")
                .resolve(snapshot.getFileName() + ".summary");
    }

    /** Whether status can read this snapshot's summary rather than the snapshot itself. */
    public static boolean exists(Path snapshot) {
        return Files.isRegularFile(of(snapshot));
    }

    static void write(Path snapshot) throws IOException {
        try {
            List<String> lines = read(snapshot).stream()
                    .map(s ->
                            String.join("\t", s.file(), s.layout(), s.release(), Long.toString(s.rows()), s.loadedAt()))
                    .toList();
            Files.createDirectories(of(snapshot).getParent());
            Files.write(of(snapshot), lines, StandardCharsets.UTF_8);
        } catch (SQLException e) {
            // status will read the snapshot itself
        }
    }

    /** The files a snapshot holds, oldest first: from its summary, else from the snapshot. */
    public static List<Source> sources(Path snapshot) throws IOException, SQLException {
        Path summary = of(snapshot);
        if (!Files.isRegularFile(summary)) {
            return read(snapshot);
        }
        List<Source> sources = new ArrayList<>();
        for (String line : Files.readAllLines(summary, StandardCharsets.UTF_8)) {
            List<String> f = Arrays.asList(line.split("\t", -1));
            if (f.size() == 5) {
                sources.add(new Source(f.get(0), f.get(1), f.get(2), Long.parseLong(f.get(3)), f.get(4)));
            }
        }
        return sources;
    }

    private static List<Source> read(Path snapshot) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        List<Source> sources = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + snapshot, readOnly);
                Statement statement = connection.createStatement();
                ResultSet files = statement.executeQuery("SELECT file_name, layout, coalesce(release, '-'),"
                        + " rows_loaded, strftime(loaded_at, '%Y-%m-%d %H:%M:%S') FROM source_file ORDER BY id")) {
            while (files.next()) {
                sources.add(new Source(
                        files.getString(1),
                        files.getString(2),
                        files.getString(3),
                        files.getLong(4),
                        files.getString(5)));
            }
        }
        return sources;
    }
}
