package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.figure;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.carebench.pipeline.PipelineApplication;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import killed half way leaves the published snapshot as it was, and simply runs again. */
class KilledImportIT {

    @TempDir
    Path folder;

    @Test
    void aKilledImportIsRunAgainAndCompletes() throws Exception {
        Path warehouseFolder = folder.resolve("warehouse");
        Warehouse warehouse = new Warehouse(warehouseFolder);
        assertThat(run("import", "--warehouse", warehouseFolder.toString(), referencePath("la-codes/las.csv")))
                .isZero();
        Path published = warehouse.currentSnapshot().orElseThrow();
        byte[] before = Files.readAllBytes(published);
        String[] release = {"import", "--warehouse", warehouseFolder.toString(), referencePath("dfe-cla")};

        killWhileStaging(release);

        assertThat(warehouse.currentSnapshot()).contains(published);
        assertThat(Files.readAllBytes(published)).isEqualTo(before);
        assertThat(run(release)).isZero();
        assertThat(figure(warehouse, "placement-3plus-moves-pct", "358", 2024)).isEqualTo("5.0|null");
        try (Stream<Path> files = Files.list(warehouseFolder.resolve("snapshots"))) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted().toList())
                    .containsExactly("snapshot-000001.duckdb", "snapshot-000002.duckdb");
        }
    }

    /** Runs the real command-line jar and kills it, without warning, once it is part way through. */
    private void killWhileStaging(String... args) throws Exception {
        Path jar = Path.of("target/carebench-pipeline.jar").toAbsolutePath();
        List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--jobs", System.getProperty("carebench.jobs", "../jobs")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.contains("[6/")) {
                    process.destroyForcibly().waitFor();
                    return;
                }
            }
        }
        throw new AssertionError("the import ended before it could be killed: exit " + process.waitFor());
    }

    private static int run(String... args) {
        return PipelineApplication.run(args, System.out, System.err);
    }
}
