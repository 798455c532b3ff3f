package org.carebench.dashboard.warehouse;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The current warehouse snapshot, opened read-only. The pipeline publishes a snapshot by rewriting
 * the one-line {@code current} pointer file; each request reads that pointer (a few bytes) once, and the
 * first session on a newer snapshot switches to it, so a new import shows up on the next request
 * without a restart.
 */
@Component
public class Warehouse {

    private static final Logger log = LoggerFactory.getLogger(Warehouse.class);

    private final Path directory;
    private Path openSnapshot;
    private DuckDBConnection root;

    public Warehouse(WarehouseProperties properties) {
        this.directory = properties.warehouse();
    }

    /** A session on the request's pinned snapshot ({@link SnapshotPin}); close it when the request is done. */
    public WarehouseSession open() {
        return open(SnapshotPin.snapshot(this));
    }

    /** A session on {@code snapshot}, which is the current one or was when the request began. */
    synchronized WarehouseSession open(Path snapshot) {
        try {
            if (!snapshot.equals(openSnapshot)) {
                if (!snapshot.equals(currentSnapshot())) {
                    // Pinned before a publish: the request finishes on its own snapshot, on a connection
                    // of its own that closes with the session, so nothing keeps the old file open.
                    return new WarehouseSession(snapshot, connect(snapshot));
                }
                switchTo(snapshot);
            }
            // Duplicates share the database instance, which stays open until its last connection
            // closes: a switch never pulls the snapshot from under a request that is still reading.
            return new WarehouseSession(snapshot, root.duplicate());
        } catch (SQLException e) {
            throw new WarehouseUnavailableException("Cannot open warehouse snapshot " + snapshot, e);
        }
    }

    /** The current snapshot's name within the warehouse folder, as the pointer and the pipeline's history give it. */
    public String currentName() {
        return directory.normalize().relativize(currentSnapshot()).toString();
    }

    /**
     * A session on an earlier snapshot, named as {@link #currentName()} gives it, opened read-only on its
     * own (DuckDB allows many read-only opens), for comparing it with the current one. Empty if the
     * snapshot is no longer kept.
     */
    public java.util.Optional<WarehouseSession> openEarlier(String name) {
        Path snapshot = directory.resolve(name).normalize();
        if (!snapshot.startsWith(directory.normalize()) || !Files.isRegularFile(snapshot)) {
            return java.util.Optional.empty();
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try {
            return java.util.Optional.of(
                    new WarehouseSession(snapshot, DriverManager.getConnection("jdbc:duckdb:" + snapshot, readOnly)));
        } catch (SQLException e) {
            throw new WarehouseUnavailableException("Cannot open earlier warehouse snapshot " + snapshot, e);
        }
    }

    /** The snapshot the pointer names now; reads only the pointer, so it needs no lock. */
    public Path currentSnapshot() {
        if (directory == null) {
            throw new WarehouseUnavailableException("No warehouse directory is configured (carebench.warehouse)");
        }
        Path pointer = directory.resolve("current");
        try {
            String relative = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path snapshot = directory.resolve(relative).normalize();
            if (relative.isEmpty() || !Files.isRegularFile(snapshot)) {
                throw new WarehouseUnavailableException("The current warehouse snapshot is missing: " + snapshot);
            }
            return snapshot;
        } catch (NoSuchFileException e) {
            throw new WarehouseUnavailableException("No warehouse snapshot has been published yet in " + directory);
        } catch (IOException e) {
            throw new WarehouseUnavailableException("Cannot read " + pointer, e);
        }
    }

    private void switchTo(Path snapshot) throws SQLException {
        DuckDBConnection next = connect(snapshot);
        if (!hasAnswers(next)) {
            next.close();
            throw new WarehouseUnavailableException("The current warehouse snapshot " + snapshot
                    + " was written by an earlier Carebench and has no answers table: run the pipeline's import"
                    + " once (files already loaded will do) to publish it upgraded");
        }
        close();
        root = next;
        openSnapshot = snapshot;
        log.info("Reading warehouse snapshot {}", snapshot);
    }

    /** Snapshots written before the answers were computed at publish cannot serve a comparison. */
    private static boolean hasAnswers(DuckDBConnection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'answer'")) {
            result.next();
            return result.getInt(1) > 0;
        }
    }

    private static DuckDBConnection connect(Path snapshot) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + snapshot, readOnly);
    }

    @PreDestroy
    public synchronized void close() {
        if (root != null) {
            try {
                root.close();
            } catch (SQLException e) {
                log.warn("Could not close warehouse snapshot {}", openSnapshot, e);
            }
            root = null;
            openSnapshot = null;
        }
    }
}
