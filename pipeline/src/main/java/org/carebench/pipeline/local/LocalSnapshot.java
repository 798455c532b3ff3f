package org.carebench.pipeline.local;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.carebench.pipeline.warehouse.Schema;
import org.carebench.pipeline.warehouse.Warehouse;

/**
 * The new snapshot a local import writes its figures into, attached to the in-memory database that
 * holds the extract, so that the children's records themselves never reach a warehouse file.
 */
final class LocalSnapshot {

    private final Warehouse warehouse;
    private final Connection connection;
    private final Path file;
    private boolean attached;

    private LocalSnapshot(Warehouse warehouse, Connection connection, Path file) {
        this.warehouse = warehouse;
        this.connection = connection;
        this.file = file;
    }

    static LocalSnapshot open(Warehouse warehouse, Connection connection) throws IOException, SQLException {
        LocalSnapshot snapshot = new LocalSnapshot(warehouse, connection, warehouse.prepareNextSnapshot());
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "ATTACH " + ExtractStager.literal(snapshot.file.toString()) + " AS " + LocalFigureWriter.CATALOG);
            snapshot.attached = true;
            statement.execute("USE " + LocalFigureWriter.CATALOG);
            Schema.migrate(connection);
            statement.execute("USE memory");
        }
        return snapshot;
    }

    /** Makes the snapshot current; returns its name relative to the warehouse folder. */
    String publish() throws IOException, SQLException {
        detach();
        Path published = warehouse.publish(file);
        return warehouse.directory().relativize(published).toString();
    }

    void discard() throws IOException, SQLException {
        if (!connection.isClosed()) {
            detach();
        }
        warehouse.discard(file);
    }

    private void detach() throws SQLException {
        if (attached) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("USE memory");
                statement.execute("CHECKPOINT " + LocalFigureWriter.CATALOG);
                statement.execute("DETACH " + LocalFigureWriter.CATALOG);
            }
            attached = false;
        }
    }
}
