package org.carebench.dashboard.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Where tests find the project's other modules and the published reference files. */
public final class ProjectPaths {

    private ProjectPaths() {}

    /** The multi-module root: the nearest directory upwards holding both modules. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("pipeline")) && Files.isDirectory(dir.resolve("dashboard"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "Cannot find the project root above " + Path.of("").toAbsolutePath());
    }

    /** DfE's published files the tests read; a missing folder stops the tests with one plain sentence. */
    public static Path referenceData() {
        String configured = System.getProperty("carebench.reference-data");
        Path folder = configured != null
                ? Path.of(configured)
                : root().resolveSibling("shared").resolve("reference-data");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The tests read DfE's published files from ../shared/reference-data "
                    + "(property carebench.reference-data); that folder is missing: " + folder.toAbsolutePath());
        }
        return folder;
    }

    /** The pipeline's versioned schema scripts, in the order a new snapshot runs them. */
    public static List<Path> warehouseSchema() throws IOException {
        try (Stream<Path> scripts = Files.list(root().resolve("pipeline/src/main/resources/warehouse"))) {
            return scripts.filter(script -> script.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(script ->
                            Integer.parseInt(script.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList();
        }
    }

    /** A fresh directory under the module's target/, kept after the run for a look when a test fails. */
    public static Path newTargetDirectory(String prefix) throws IOException {
        Path base = Path.of("target", "it-warehouses").toAbsolutePath();
        Files.createDirectories(base);
        return Files.createTempDirectory(base, prefix);
    }
}
