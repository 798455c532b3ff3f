package org.carebench.dashboard.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A warehouse imported from the whole set of DfE's published reference files by the real pipeline, run as the command-line
 * tool operators run; built once per test JVM.
 */
public final class PipelineWarehouse {

    private static final int PUBLISHED_WITH_FILES_SET_ASIDE = 3;

    private static Path directory;

    private PipelineWarehouse() {}

    public static synchronized Path directory() {
        if (directory == null) {
            directory = importReferenceFiles();
        }
        return directory;
    }

    private static Path jobs() {
        String configured = System.getProperty("carebench.jobs");
        return configured != null ? Path.of(configured) : ProjectPaths.root().resolve("jobs");
    }

    private static Path importReferenceFiles() {
        Path jar = ProjectPaths.root().resolve("pipeline/target/carebench-pipeline.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the pipeline module first: " + jar + " is missing");
        }
        Path ref = ProjectPaths.referenceData();
        try {
            Path warehouse = ProjectPaths.newTargetDirectory("pipeline-");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    jar.toString(),
                    "import",
                    "--warehouse",
                    warehouse.toString(),
                    "--jobs",
                    jobs().toString()));
            for (String file : List.of(
                    "dfe-cla",
                    "dfe-outcomes-cin-cla",
                    "population",
                    "la-codes/las.csv",
                    "la-codes/regions.csv",
                    "statistical-neighbours")) {
                command.add(ref.resolve(file).toString());
            }
            Path log = warehouse.resolveSibling(warehouse.getFileName() + "-import.log");
            Process process = new ProcessBuilder(command)
                    .directory(ProjectPaths.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Pipeline import timed out; see " + log);
            }
            // The pipeline's exit code 3 means published with some files set aside: still a warehouse
            // to read, and the figures the tests assert show whether what they need was loaded.
            if (process.exitValue() == PUBLISHED_WITH_FILES_SET_ASIDE) {
                System.out.println("Pipeline import set files aside; see " + log);
            }
            boolean published = process.exitValue() == 0 || process.exitValue() == PUBLISHED_WITH_FILES_SET_ASIDE;
            if (!published || !Files.isRegularFile(warehouse.resolve("current"))) {
                throw new IllegalStateException(
                        "Pipeline import failed (exit " + process.exitValue() + "):\n" + Files.readString(log));
            }
            return warehouse;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run the pipeline import", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
    }
}
