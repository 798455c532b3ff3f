package org.carebench.dashboard.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of the real pipeline's {@code import} command, as a child process, as cron runs it. */
public final class PipelineImport {

    private PipelineImport() {}

    /** Imports {@code inputs} (paths under the reference data) into {@code warehouse}; returns the exit code. */
    public static int run(Path warehouse, Path log, List<String> inputs) throws IOException, InterruptedException {
        List<String> command = command(warehouse, List.of());
        inputs.forEach(
                input -> command.add(ProjectPaths.referenceData().resolve(input).toString()));
        Process process = new ProcessBuilder(command)
                .directory(ProjectPaths.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Pipeline import timed out; see " + log);
        }
        return process.exitValue();
    }

    /**
     * Imports a council's SSDA903 extract (a path under the reference data) as local figures, with any
     * further {@code options} of the command; returns the exit code.
     */
    public static int runLocal(Path warehouse, Path log, String la, String periodEnd, String input, String... options)
            throws IOException, InterruptedException {
        List<String> command = command(warehouse, List.of());
        command.set(command.indexOf("import"), "import-local");
        command.addAll(List.of("--la", la, "--period-end", periodEnd));
        command.addAll(List.of(options));
        command.add(ProjectPaths.referenceData().resolve(input).toString());
        Process process = new ProcessBuilder(command)
                .directory(ProjectPaths.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Pipeline import-local timed out; see " + log);
        }
        return process.exitValue();
    }

    /** {@code java [jvmOptions] -jar carebench-pipeline.jar import --warehouse W --jobs J}, inputs to follow. */
    public static List<String> command(Path warehouse, List<String> jvmOptions) {
        Path jar = ProjectPaths.root().resolve("pipeline/target/carebench-pipeline.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the pipeline module first: " + jar + " is missing");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "import",
                "--warehouse",
                warehouse.toString(),
                "--jobs",
                System.getProperty(
                        "carebench.jobs", ProjectPaths.root().resolve("jobs").toString())));
        return command;
    }
}
