package org.carebench.pipeline.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.definition.Significance;

/**
 * Computes every answer the dashboard serves inside the new snapshot, before it is published: the
 * catalogue's significance declarations, then the {@code answer} table from the warehouse's own
 * {@code answers_as_of} macro (V11), so that the dashboard only reads them by key.
 */
final class Answers {

    private static final String RECOMPUTE = "CREATE OR REPLACE TABLE answer AS SELECT * FROM answers_as_of(NULL, NULL)"
            + " ORDER BY indicator_id, la_code, model, average, period";

    private Answers() {}

    static void compute(Connection connection, Definitions definitions) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM indicator_significance");
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO indicator_significance VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Significance s : definitions.catalogue().significance()) {
                insert.setString(1, s.indicatorId());
                insert.setString(2, s.method());
                insert.setString(3, s.numeratorId());
                insert.setString(4, s.denominatorId());
                insert.setInt(5, s.denominatorLag());
                insert.setDouble(6, s.per());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        recompute(connection);
    }

    /** The answer table from the snapshot's figures and significance declarations as they stand. */
    static void recompute(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(RECOMPUTE);
        }
    }
}
