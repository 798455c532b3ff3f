package org.carebench.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.carebench.pipeline.PipelineApplication;
import org.carebench.pipeline.warehouse.CrashTestPause;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline jar as a nightly run meets it, in real processes: the schedule honours its options,
 * a rollback waits for no import and never races one, and a run killed with SIGKILL (while loading,
 * or between making its snapshot and pointing at it) is recorded as failed and cleared up next time.
 */
class NightlyRunIT {

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void scheduleHonoursItsCronAndSettingsGivenOnTheCommandLine() throws Exception {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        Files.copy(Path.of(referencePath("la-codes/regions.csv")), inbox.resolve("regions.csv"));
        Path warehouse = folder.resolve("warehouse");
        Process schedule = start(
                List.of(),
                "schedule",
                "--warehouse",
                warehouse.toString(),
                "--inbox",
                inbox.toString(),
                "--carebench.schedule.cron=*/2 * * * * *",
                "--carebench.schedule.settle=100ms");
        try (BufferedReader output = reader(schedule)) {
            String line = output.readLine();
            while (line != null && !line.contains("on schedule")) {
                line = output.readLine();
            }
            assertThat(line).endsWith("on schedule */2 * * * * *");
            waitFor(() -> Files.exists(warehouse
                    .resolve("archive")
                    .resolve(java.time.LocalDate.now().toString())
                    .resolve("regions.csv")));
        } finally {
            schedule.destroyForcibly().waitFor();
        }
        assertThat(new Warehouse(warehouse).currentSnapshot()).isPresent();
    }

    @Test
    void rollbackIsRefusedWhileAnImportRunsAndAKilledImportIsRecordedAsFailed() throws Exception {
        Path warehouseFolder = folder.resolve("warehouse");
        Warehouse warehouse = new Warehouse(warehouseFolder);
        assertThat(run("import", "--warehouse", warehouseFolder.toString(), referencePath("la-codes/regions.csv")))
                .isZero();
        Process importing = pausedAt(
                "loading", "import", "--warehouse", warehouseFolder.toString(), referencePath("la-codes/las.csv"));

        out.reset();
        assertThat(run("rollback", "--warehouse", warehouseFolder.toString(), "snapshot-000001.duckdb"))
                .isEqualTo(1);
        assertThat(text()).contains("rollback refused: another import into " + warehouseFolder + " is running");
        out.reset();
        assertThat(run("history", "--warehouse", warehouseFolder.toString())).isZero();
        assertThat(text()).contains("running");

        importing.destroyForcibly().waitFor();
        out.reset();
        assertThat(run("history", "--warehouse", warehouseFolder.toString())).isZero();
        assertThat(text()).contains("stopped without finishing");

        assertThat(run("import", "--warehouse", warehouseFolder.toString(), referencePath("la-codes/las.csv")))
                .isZero();
        out.reset();
        assertThat(run("history", "--warehouse", warehouseFolder.toString())).isZero();
        assertThat(text()).contains("failed  -  the run stopped without finishing (killed or power lost)");
        assertThat(warehouse.currentSnapshot().orElseThrow()).hasFileName("snapshot-000002.duckdb");
        try (Connection jobs = DriverManager.getConnection(
                        "jdbc:h2:file:" + warehouse.jobHistory() + ";AUTO_SERVER=TRUE", "sa", "");
                ResultSet statuses = jobs.createStatement()
                        .executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
            List<String> all = new ArrayList<>();
            while (statuses.next()) {
                all.add(statuses.getString(1));
            }
            assertThat(all).containsExactly("COMPLETED", "FAILED", "COMPLETED");
        }
    }

    @Test
    void aSnapshotNeverMadeCurrentIsShownByStatusAndRemovedByTheNextImport() throws Exception {
        Path warehouseFolder = folder.resolve("warehouse");
        Warehouse warehouse = new Warehouse(warehouseFolder);
        assertThat(run("import", "--warehouse", warehouseFolder.toString(), referencePath("la-codes/regions.csv")))
                .isZero();
        pausedAt("publishing", "import", "--warehouse", warehouseFolder.toString(), referencePath("la-codes/las.csv"))
                .destroyForcibly()
                .waitFor();

        out.reset();
        assertThat(run("status", "--warehouse", warehouseFolder.toString())).isZero();
        assertThat(text())
                .contains("* snapshot-000001.duckdb")
                .containsPattern("  snapshot-000002.duckdb .* never made current \\(its import stopped while"
                        + " publishing\\); the next import removes it");

        assertThat(run("import", "--warehouse", warehouseFolder.toString(), referencePath("la-codes/las.csv")))
                .isZero();
        assertThat(warehouse.snapshots().stream().map(path -> path.getFileName().toString()))
                .containsExactly("snapshot-000001.duckdb", "snapshot-000002.duckdb");
        out.reset();
        assertThat(run("history", "--warehouse", warehouseFolder.toString())).isZero();
        assertThat(text()).contains("removed snapshot-000002.duckdb: renamed but never made current");
    }

    /** The jar, stopped by the crash-test hook at the point named, ready to be killed there. */
    private Process pausedAt(String point, String... args) throws Exception {
        Path marker = folder.resolve("paused-" + point);
        Process process = start(
                List.of("-D" + CrashTestPause.PAUSE_AT + "=" + point, "-D" + CrashTestPause.MARKER + "=" + marker),
                args);
        waitFor(() -> Files.exists(marker) || !process.isAlive());
        assertThat(process.isAlive()).as("the import paused at " + point).isTrue();
        return process;
    }

    private static Process start(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                Path.of("target/carebench-pipeline.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--jobs", System.getProperty("carebench.jobs", "../jobs")));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        args[0].equals("schedule") ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting after 90 s");
            }
            Thread.sleep(100);
        }
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        return PipelineApplication.run(args, stream, stream);
    }
}
