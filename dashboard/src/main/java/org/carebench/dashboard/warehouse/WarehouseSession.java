package org.carebench.dashboard.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One connection to one snapshot, held for a whole request so that every query of the request
 * reads the same snapshot even if a newer one is published meanwhile. Not shared between threads.
 */
public final class WarehouseSession implements AutoCloseable {

    private final Path snapshot;
    private final Connection connection;
    private final NamedParameterJdbcTemplate jdbc;

    WarehouseSession(Path snapshot, Connection connection) {
        this.snapshot = snapshot;
        this.connection = connection;
        this.jdbc = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    public Path snapshot() {
        return snapshot;
    }

    public NamedParameterJdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not close warehouse connection", e);
        }
    }
}
