package org.carebench.dashboard.uploads;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The pipeline's command line run as a child process, exactly as operators run it: a hostile file
 * can then exhaust or crash only the child, never the web server that started it.
 */
@Component
class PipelineProcess {

    /** The child's exit code (0 loaded, 3 published with files set aside, 1 failed, 2 usage) and its output. */
    record Result(int exitCode, String output, String error) {

        /** The child's one-line reason: the last line it wrote to stderr, else to stdout. */
        String lastLine() {
            String text = error.isBlank() ? output : error;
            String[] lines = text.strip().split("\\R");
            return lines[lines.length - 1];
        }
    }

    private final UploadSettings settings;

    PipelineProcess(UploadSettings settings) {
        this.settings = settings;
    }

    /** Runs {@code java -jar pipeline.jar COMMAND --warehouse W --jobs J ARGUMENTS...}. */
    Result run(String command, List<String> arguments) throws IOException, InterruptedException {
        if (!Files.isRegularFile(settings.pipelineJar())) {
            throw new IOException("The pipeline is not installed at " + settings.pipelineJar()
                    + " (property carebench.pipeline.jar)");
        }
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                settings.pipelineJar().toString(),
                command,
                "--warehouse",
                settings.warehouse().toString(),
                "--jobs",
                settings.jobs().toString()));
        line.addAll(arguments);
        Path out = Files.createTempFile("carebench-pipeline-", ".out");
        Path err = Files.createTempFile("carebench-pipeline-", ".err");
        try {
            Process process = new ProcessBuilder(line)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(settings.importTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return new Result(
                        1, "", "The import took longer than " + settings.importTimeout() + " and was stopped");
            }
            return new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
