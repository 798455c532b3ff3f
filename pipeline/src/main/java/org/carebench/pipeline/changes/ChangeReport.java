package org.carebench.pipeline.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.core.io.ClassPathResource;

/**
 * The change report of one import: what was current before its files were loaded is kept aside, then
 * compared with what is current after, and the differences go into {@code release_change} in the new
 * snapshot: each figure's change under the release that brought the new figure, neighbour changes
 * under the newest release of the import. Generic over indicators and layouts: it compares figures
 * by indicator, area, period and breakdown, and neighbour groups by model.
 */
public final class ChangeReport {

    private static final String[] STEPS = {"new_periods", "revised", "withdrawn", "neighbours"};

    private ChangeReport() {}

    /** Before any of the import's files reaches the model: the figures and neighbours current now. */
    public static void captureBefore(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE before_figures AS SELECT indicator_id, area_code, period,"
                    + " breakdown, value, status, release FROM observation WHERE is_current AND source = 'national'");
            statement.execute("CREATE OR REPLACE TEMP TABLE before_neighbours AS SELECT * FROM neighbour");
        }
    }

    /**
     * Records what the import changed; returns the newest release it brought (the name of its CSV),
     * or null when it brought no national figures and no neighbour model (a code list alone, say).
     */
    public static String record(Connection connection, long run) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE this_import AS SELECT id FROM source_file"
                    + " WHERE job_execution_id = " + run);
        }
        String release = release(connection, run);
        if (release != null) {
            for (String step : STEPS) {
                try (PreparedStatement insert = connection.prepareStatement(sql(step))) {
                    insert.setString(1, release);
                    insert.setLong(2, run);
                    insert.executeUpdate();
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE this_import; DROP TABLE before_figures; DROP TABLE before_neighbours");
        }
        return release;
    }

    /** The report as CSV, one row per change, for the data team (and anyone without the dashboard). */
    public static void writeCsv(Connection connection, long run, Path csv) throws SQLException, IOException {
        Files.createDirectories(csv.getParent());
        try (PreparedStatement query = connection.prepareStatement(sql("report_csv"))) {
            query.setLong(1, run);
            try (ResultSet rows = query.executeQuery()) {
                ChangeCsv.write(rows, csv);
            }
        }
    }

    private static String release(Connection connection, long run) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT coalesce("
                                + " (SELECT max(s.release) FROM source_file s JOIN this_import i ON i.id = s.id"
                                + "  WHERE EXISTS (SELECT 1 FROM observation o WHERE o.source_file_id = s.id AND o.source = 'national')),"
                                + " (SELECT 'neighbours-' || max(n.model) FROM neighbour n JOIN this_import i ON i.id = n.source_file_id))")) {
            result.next();
            return result.getString(1);
        }
    }

    private static String sql(String name) {
        try {
            return new ClassPathResource("sql/changes/" + name + ".sql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing sql/changes/" + name + ".sql", e);
        }
    }
}
