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

/**
 * status, history and rollback, as a data team runs them from the command line: each snapshot with
 * its size, date and releases, the current one marked; each run with its files and outcome, and
 * rollbacks recorded as runs of their own.
 */
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
                .containsPattern("loaded  \\S+la_cla_placement_stability.csv")
                .containsPattern("import +succeeded  snapshots/snapshot-000002.duckdb  Import published");

        assertThat(run("rollback", "--warehouse", warehouse, "snapshot-000001.duckdb"))
                .isZero();
        assertThat(snapshots.currentSnapshot().orElseThrow()).hasFileName("snapshot-000001.duckdb");
        out.reset();
        assertThat(run("status", "--warehouse", warehouse)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Current snapshot: snapshots/snapshot-000001.duckdb")
                .containsPattern(
                        "\\*\\ snapshot-000001.duckdb +\\d+\\.\\d MB  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  releases none")
                .containsPattern("\\ \\ snapshot-000002.duckdb +\\d+\\.\\d MB  .*  releases 20\\d\\d")
                .contains("regions.csv")
                .doesNotContain("la_cla_placement_stability.csv");
        assertThat(run("rollback", "--warehouse", warehouse, "snapshot-000009.duckdb"))
                .isEqualTo(1);
        out.reset();
        assertThat(run("history", "--warehouse", warehouse)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("rolled back from snapshot-000002.duckdb to snapshot-000001.duckdb");
        assertThat(run("status", "--warehouse", warehouse, "--verbose")).isEqualTo(2);
        assertThat(run("import", "--warehouse", warehouse, "--carebench.snapshot.keep=3", "x.csv"))
                .isEqualTo(2);
    }

    private int run(String... args) {
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        return PipelineApplication.run(args, stream, stream);
    }
}
