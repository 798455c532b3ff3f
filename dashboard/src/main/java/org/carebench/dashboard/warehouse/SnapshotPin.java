package org.carebench.dashboard.warehouse;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one snapshot everything in a scope is read from. The first read reads the pointer; every later
 * read in the scope, cached or fresh, uses that same snapshot even if a newer one is published
 * meanwhile, so no answer (and no page or response made of several) can mix two snapshots, and the
 * snapshot a response names is the one all of it came from. Each request is a scope (its filter opens
 * it); a read outside any scope opens one for itself. Per thread: a request is answered on one thread.
 */
public final class SnapshotPin implements AutoCloseable {

    private static final ThreadLocal<Scope> SCOPE = new ThreadLocal<>();

    private final boolean outermost;

    private SnapshotPin(boolean outermost) {
        this.outermost = outermost;
    }

    /** Opens a scope, or joins the enclosing one: only the outermost close ends it. */
    public static SnapshotPin open() {
        if (SCOPE.get() != null) {
            return new SnapshotPin(false);
        }
        SCOPE.set(new Scope());
        return new SnapshotPin(true);
    }

    /** The file name of the snapshot this scope read from, if it has read any. */
    public static Optional<String> name() {
        Scope scope = SCOPE.get();
        return scope == null || scope.snapshot == null
                ? Optional.empty()
                : Optional.of(scope.snapshot.getFileName().toString());
    }

    /** The scope's snapshot, fixed by its first read; outside a scope, simply the current one. */
    static Path snapshot(Warehouse warehouse) {
        Scope scope = SCOPE.get();
        if (scope == null) {
            return warehouse.currentSnapshot();
        }
        if (scope.snapshot == null) {
            scope.snapshot = warehouse.currentSnapshot();
        }
        return scope.snapshot;
    }

    @Override
    public void close() {
        if (outermost) {
            SCOPE.remove();
        }
    }

    private static final class Scope {
        private Path snapshot;
    }
}
