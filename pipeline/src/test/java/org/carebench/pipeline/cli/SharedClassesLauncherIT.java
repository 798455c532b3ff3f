package org.carebench.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.reference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pipeline/bin/carebench-pipeline} runs the jar with class-data sharing: the first run records
 * the archive, later runs use it, and each gives the jar's own output and exit code.
 */
class SharedClassesLauncherIT {

    @TempDir
    Path folder;

    @Test
    void recordsTheArchiveOnceAndRunsTheJarAsItIs() throws Exception {
        Path regions = reference("la-codes/regions.csv");
        Result first = run("import", "--warehouse", folder.resolve("one").toString(), regions.toString());
        assertThat(first.exit).as(first.output).isZero();
        assertThat(first.output).contains("Published snapshots/snapshot-000001.duckdb");
        Path archive;
        try (Stream<Path> found = Files.walk(folder.resolve("cache"))) {
            archive = found.filter(p -> p.getFileName().toString().equals("app.jsa"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no class-data archive recorded"));
        }
        long recorded = Files.getLastModifiedTime(archive).toMillis();

        Result second = run("import", "--warehouse", folder.resolve("two").toString(), regions.toString());
        assertThat(second.exit).as(second.output).isZero();
        assertThat(second.output).contains("Published snapshots/snapshot-000001.duckdb");
        assertThat(Files.getLastModifiedTime(archive).toMillis()).isEqualTo(recorded);

        Result usage = run("import", "--warehouse", folder.resolve("two").toString(), "--no-such-option");
        assertThat(usage.exit).as(usage.output).isEqualTo(2);
    }

    private record Result(int exit, String output) {}

    private Result run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of("bin/carebench-pipeline").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--jobs", System.getProperty("carebench.jobs", "../jobs")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CAREBENCH_CDS_CACHE", folder.resolve("cache").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
