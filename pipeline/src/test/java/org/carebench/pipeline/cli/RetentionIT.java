package org.carebench.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.nio.file.Path;
import java.util.List;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The newest carebench.snapshots.keep snapshots are kept, and the current one (after a rollback) as well. */
class RetentionIT extends PipelineJobTest {

    @TempDir
    Path folder;

    @Autowired
    PipelineCommands commands;

    @Test
    void keepsTheNewestSnapshotsAndTheCurrentOneAndRecordsWhatItRemoved() throws Exception {
        Warehouse warehouse = new Warehouse(folder.resolve("warehouse"));
        List<String> files = List.of(
                "la-codes/regions.csv",
                "la-codes/las.csv",
                "population/ons_mid-year_population_estimates_2012_to_2024.csv");
        for (String file : files) {
            assertThat(commands.importFiles(warehouse, List.of(referencePath(file)), false, 2)
                            .exitCode())
                    .isZero();
        }
        assertThat(names(warehouse)).containsExactly("snapshot-000002.duckdb", "snapshot-000003.duckdb");
        assertThat(warehouse.runLog().runs().get(2).events().toString())
                .contains("removed snapshot-000001.duckdb (keeping the newest 2)");

        warehouse.rollbackTo(warehouse.snapshots().get(0));
        warehouse.whenIdle("test", () -> assertThat(warehouse.prune(1)).isEmpty());
        assertThat(names(warehouse)).containsExactly("snapshot-000002.duckdb", "snapshot-000003.duckdb");
        assertThat(warehouse.currentSnapshot().orElseThrow()).hasFileName("snapshot-000002.duckdb");
    }

    private static List<String> names(Warehouse warehouse) {
        return warehouse.snapshots().stream()
                .map(path -> path.getFileName().toString())
                .toList();
    }
}
