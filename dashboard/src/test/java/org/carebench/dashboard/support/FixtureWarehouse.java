package org.carebench.dashboard.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A small warehouse written directly with the pipeline's schema, for edge cases the published
 * files do not contain (suppressed neighbours, sample data, snapshot switching).
 */
public final class FixtureWarehouse {

    private final Path directory;

    public FixtureWarehouse(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Writes a new snapshot from the schema plus {@code rows}, then points {@code current} at it. */
    public void publish(String snapshot, String... rows) throws IOException, SQLException {
        Path file = directory.resolve(snapshot);
        Files.createDirectories(file.getParent());
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
                Statement statement = connection.createStatement()) {
            for (Path script : ProjectPaths.warehouseSchema()) {
                statement.execute(Files.readString(script));
            }
            for (String row : rows) {
                statement.execute(row);
            }
            // As the import does before it publishes: the answers from the figures just written.
            statement.execute("CREATE OR REPLACE TABLE answer AS SELECT * FROM answers_as_of(NULL, NULL)");
        }
        Path pointer = directory.resolve("current.tmp");
        Files.writeString(pointer, snapshot + "\n", StandardCharsets.UTF_8);
        Files.move(
                pointer,
                directory.resolve("current"),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The authorities' own unpublished figures: Trafford's would rank first and Bury's would move the
     * neighbour average, were local figures ever counted.
     */
    public static String[] localRows() {
        return new String[] {
            "INSERT INTO source_file (id, file_name, path, sha256, layout, release, sample, loaded_at) VALUES"
                    + " (2, 'trafford_local.csv', 'inbox/trafford_local.csv', 'def', 'local', 'Trafford extract"
                    + " 2024-06-30', false, now())",
            "INSERT INTO observation (indicator_id, area_code, period, value, status, source, release,"
                    + " source_file_id, is_current) VALUES"
                    + " ('repeat-referrals', '358', 2024, 1, NULL, 'local', 'Trafford extract 2024-06-30', 2, true),"
                    + " ('repeat-referrals', '351', 2024, 90, NULL, 'local', 'Bury extract 2024-06-30', 2, true),"
                    + " ('repeat-referrals', '358', 2025, 5, NULL, 'local', 'Trafford extract 2024-06-30', 2, true)"
        };
    }

    /** North West LAs with a made-up indicator whose lower values are better; 350's 2024 figure is suppressed. */
    public static String[] northWestRows(int traffordRate2024, boolean sample) {
        return new String[] {
            "INSERT INTO area (code, level, name, region_code) VALUES ('E92000001', 'national', 'England', NULL),"
                    + " ('E12000002', 'regional', 'North West', NULL), ('358', 'la', 'Trafford', 'E12000002'),"
                    + " ('350', 'la', 'Bolton', 'E12000002'), ('351', 'la', 'Bury', 'E12000002'),"
                    + " ('352', 'la', 'Manchester', 'E12000002'), ('356', 'la', 'Stockport', 'E12000002')",
            "INSERT INTO indicator (id, title, theme, unit, polarity) VALUES"
                    + " ('cla-rate-per-10k', 'Children looked after per 10,000 children', 'cla', 'rate-per-10k', 'none'),"
                    + " ('repeat-referrals', 'Re-referrals within 12 months', 'cin', 'percent', 'lower')",
            "INSERT INTO source_file (id, file_name, path, sha256, layout, release, sample, loaded_at) VALUES"
                    + " (1, 'cla_rates.csv', 'inbox/cla_rates.csv', 'abc', 'ees-cla-rates', '2024 release', "
                    + sample + ", now())",
            "INSERT INTO neighbour (model, la_code, position, neighbour_code, closeness, source_file_id) VALUES"
                    + " ('2025', '358', 1, '351', 'Close', 1), ('2025', '358', 2, '350', 'Close', 1),"
                    + " ('2025', '358', 3, '352', 'Close', 1), ('2025', '358', 4, '356', 'Close', 1),"
                    + " ('2021', '358', 1, '356', 'Close', 1)",
            "INSERT INTO observation (indicator_id, area_code, period, value, status, source, release,"
                    + " source_file_id, is_current) VALUES"
                    + " ('cla-rate-per-10k', 'E92000001', 2023, 71, NULL, 'national', '2024 release', 1, true),"
                    + " ('cla-rate-per-10k', 'E92000001', 2024, 70, NULL, 'national', '2024 release', 1, true),"
                    + " ('cla-rate-per-10k', 'E12000002', 2023, 93, NULL, 'national', '2024 release', 1, true),"
                    + " ('cla-rate-per-10k', 'E12000002', 2024, 94, NULL, 'national', '2024 release', 1, true),"
                    + " ('cla-rate-per-10k', '358', 2023, 63, NULL, 'national', '2024 release', 1, true),"
                    + " ('cla-rate-per-10k', '358', 2024, " + traffordRate2024
                    + ", NULL, 'national', '2024 release', 1, true),"
                    + " ('cla-rate-per-10k', '358', 2024, 999, NULL, 'national', '2023 release', 1, false),"
                    + " ('cla-rate-per-10k', '350', 2023, 80, NULL, 'national', '2024 release', 1, true),"
                    + " ('cla-rate-per-10k', '350', 2024, NULL, 'c', 'national', '2024 release', 1, true),"
                    + " ('cla-rate-per-10k', '351', 2023, 60, NULL, 'national', '2024 release', 1, true),"
                    + " ('cla-rate-per-10k', '351', 2024, 62, NULL, 'national', '2024 release', 1, true),"
                    + " ('cla-rate-per-10k', '352', 2023, 100, NULL, 'national', '2024 release', 1, true),"
                    + " ('cla-rate-per-10k', '352', 2024, 110, NULL, 'national', '2024 release', 1, true),"
                    + " ('cla-rate-per-10k', '356', 2024, 50, NULL, 'national', '2024 release', 1, true),"
                    + " ('repeat-referrals', '358', 2024, 20, NULL, 'national', '2024 release', 1, true),"
                    + " ('repeat-referrals', '350', 2024, 20, NULL, 'national', '2024 release', 1, true),"
                    + " ('repeat-referrals', '351', 2024, 10, NULL, 'national', '2024 release', 1, true),"
                    + " ('repeat-referrals', '352', 2024, 30, NULL, 'national', '2024 release', 1, true),"
                    + " ('repeat-referrals', '356', 2024, NULL, 'x', 'national', '2024 release', 1, true),"
                    + " ('repeat-referrals', 'E92000001', 2024, 22, NULL, 'national', '2024 release', 1, true)"
        };
    }
}
