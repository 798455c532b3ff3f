package org.carebench.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.warehouse.PinnedSnapshots;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The newest carebench.snapshots.keep snapshots are kept, the current one (after a rollback) as well,
 * and any a saved board report refers to.
 */
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

    @Test
    void neverRemovesASnapshotASavedBoardReportRefersToAndStatusSaysWhy() throws Exception {
        Warehouse warehouse = new Warehouse(folder.resolve("warehouse"));
        assertThat(commands.importFiles(warehouse, List.of(referencePath("la-codes/regions.csv")), false, 1)
                        .exitCode())
                .isZero();
        // as the dashboard writes it when a board report is produced from the current snapshot
        Files.writeString(
                warehouse.directory().resolve(PinnedSnapshots.FILE),
                "# snapshots saved board reports refer to\nsnapshots/snapshot-000001.duckdb\n");
        for (String file :
                List.of("la-codes/las.csv", "population/ons_mid-year_population_estimates_2012_to_2024.csv")) {
            assertThat(commands.importFiles(warehouse, List.of(referencePath(file)), false, 1)
                            .exitCode())
                    .isZero();
        }
        assertThat(names(warehouse)).containsExactly("snapshot-000001.duckdb", "snapshot-000003.duckdb");
        ByteArrayOutputStream status = new ByteArrayOutputStream();
        SnapshotCommands.status(warehouse, new PrintStream(status, true, StandardCharsets.UTF_8));
        assertThat(status.toString(StandardCharsets.UTF_8).lines())
                .anySatisfy(line -> assertThat(line)
                        .contains("snapshot-000001.duckdb")
                        .endsWith("kept: a saved board report refers to it"))
                .noneSatisfy(line ->
                        assertThat(line).contains("snapshot-000003.duckdb").contains("kept:"));

        Files.writeString(warehouse.directory().resolve(PinnedSnapshots.FILE), "");
        warehouse.whenIdle("test", () -> assertThat(warehouse.prune(1)).containsExactly("snapshot-000001.duckdb"));
    }

    private static List<String> names(Warehouse warehouse) {
        return warehouse.snapshots().stream()
                .map(path -> path.getFileName().toString())
                .toList();
    }
}
