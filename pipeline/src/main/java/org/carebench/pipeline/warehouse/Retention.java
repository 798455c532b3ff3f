package org.carebench.pipeline.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which snapshots go: all but the newest {@code carebench.snapshots.keep}, never the current one (after
 * a rollback it may be older) nor one a saved board report refers to ({@link PinnedSnapshots}).
 */
final class Retention {

    private final Warehouse warehouse;

    Retention(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** See {@link Warehouse#prune(int)}. */
    List<String> prune(int keep) throws IOException {
        List<Path> all = warehouse.snapshots();
        Optional<Path> current = warehouse.currentSnapshot();
        Set<Path> pinned = PinnedSnapshots.of(warehouse.directory());
        List<String> removed = new ArrayList<>();
        for (Path snapshot : all.subList(0, Math.max(0, all.size() - Math.max(1, keep)))) {
            if (current.map(snapshot::equals).orElse(false) || pinned.contains(snapshot.normalize())) {
                continue;
            }
            Files.deleteIfExists(snapshot);
            Files.deleteIfExists(snapshot.resolveSibling(snapshot.getFileName() + ".wal"));
            Files.deleteIfExists(SnapshotSummary.of(snapshot));
            removed.add(snapshot.getFileName().toString());
        }
        return removed;
    }
}
