package org.carebench.dashboard.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.carebench.dashboard.warehouse.WarehouseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the pipeline's retention which snapshots saved board reports still refer to: each
 * authority's next report compares with the snapshot its last one came from, so that snapshot must
 * outlive {@code carebench.snapshots.keep}. The reports live in the application database, which the
 * pipeline never reads; it reads {@code pinned-snapshots.txt} in the warehouse folder instead, one
 * snapshot name a line, rewritten whole (under a temporary name, then renamed) whenever a report is
 * produced, and at start-up so that reports saved before the file existed are pinned too.
 */
@Component
class BoardPins {

    static final String FILE = "pinned-snapshots.txt";

    private static final Logger log = LoggerFactory.getLogger(BoardPins.class);

    private final BoardStore store;
    private final Path warehouse;

    BoardPins(BoardStore store, WarehouseProperties properties) {
        this.store = store;
        this.warehouse = properties.warehouse();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (warehouse != null && Files.isDirectory(warehouse)) {
            refresh();
        }
    }

    /**
     * Rewrites the file from the database. A failure to write is logged, not thrown: the report the
     * user asked for is still good; only its snapshot is then unprotected from retention.
     */
    synchronized void refresh() {
        List<String> snapshots = store.referredSnapshots();
        Path file = warehouse.resolve(FILE);
        Path part = warehouse.resolve(FILE + ".part");
        StringBuilder text = new StringBuilder(
                "# Snapshots a saved board report refers to: the pipeline's retention keeps them. Written by the dashboard.\n");
        snapshots.forEach(name -> text.append(name).append('\n'));
        try {
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn(
                    "Cannot write {} ({}): retention may remove the snapshots saved board reports refer to {}",
                    file,
                    e.toString(),
                    snapshots);
        }
    }
}
