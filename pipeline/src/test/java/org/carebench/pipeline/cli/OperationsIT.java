package org.carebench.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.carebench.pipeline.PipelineApplication;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** status, history and rollback, as a data team runs them from the command line. */
class OperationsIT {

    @TempDir
    Path folder;

    ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void statusHistoryAndRollbackToAnEarlierSnapshot() {
        String warehouse = folder.resolve("warehouse").toString();
        assertThat(run("import", "--warehouse", warehouse, referencePath("la-codes/regions.csv")))
                .isZero();
        assertThat(run(
                        "import",
                        "--warehouse",
                        warehouse,
                        referencePath("dfe-cla/2024-release/la_cla_placement_stability.csv")))
                .isZero();
        Warehouse snapshots = new Warehouse(Path.of(warehouse));
        assertThat(snapshots.currentSnapshot().orElseThrow()).hasFileName("snapshot-000002.duckdb");

        out.reset();
        assertThat(run("history", "--warehouse", warehouse)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("snapshot-000001.duckdb")
                .contains("snapshot-000002.duckdb")
                .contains("la_cla_placement_stability.csv");

        assertThat(run("rollback", "--warehouse", warehouse, "snapshot-000001.duckdb"))
                .isZero();
        assertThat(snapshots.currentSnapshot().orElseThrow()).hasFileName("snapshot-000001.duckdb");
        out.reset();
        assertThat(run("status", "--warehouse", warehouse)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Current snapshot: snapshots/snapshot-000001.duckdb")
                .contains("regions.csv")
                .doesNotContain("la_cla_placement_stability.csv");
        assertThat(run("rollback", "--warehouse", warehouse, "snapshot-000009.duckdb"))
                .isEqualTo(1);
    }

    private int run(String... args) {
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        return PipelineApplication.run(args, stream, stream);
    }
}
