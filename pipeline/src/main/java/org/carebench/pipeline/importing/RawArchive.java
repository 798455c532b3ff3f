package org.carebench.pipeline.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carebench.pipeline.warehouse.Warehouse;
import org.carebench.pipeline.warehouse.WarehouseWriteException;

/** The raw copies of loaded files under {@code archive/raw/<checksum>/}, from which the warehouse can always be rebuilt. */
final class RawArchive {

    private RawArchive() {}

    /** Keeps every staged file once, by checksum; a copy cut short by a full disk is removed. */
    static void keep(Warehouse warehouse, List<StagedFile> staged) throws IOException {
        for (StagedFile file : staged) {
            Path copy = warehouse.rawArchive(
                    file.sha256(), file.path().getFileName().toString());
            if (!Files.exists(copy)) {
                try {
                    Files.createDirectories(copy.getParent());
                    Files.copy(file.path(), copy);
                } catch (IOException e) {
                    Files.deleteIfExists(copy);
                    throw new WarehouseWriteException(copy, e);
                }
            }
        }
    }
}
