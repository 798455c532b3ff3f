package org.carebench.pipeline.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The snapshots a saved board report still refers to, as the dashboard lists them in
 * {@code pinned-snapshots.txt} in the warehouse folder: one name a line, as the {@code current}
 * pointer gives it ({@code snapshots/snapshot-000004.duckdb}), lines starting with {@code #} are
 * notes. The dashboard keeps its board reports in its own database; this file is all the pipeline
 * needs to know of them, so retention never removes a snapshot a board's next report compares with.
 */
public final class PinnedSnapshots {

    public static final String FILE = "pinned-snapshots.txt";

    /** The note status prints beside a pinned snapshot. */
    public static final String NOTE = "kept: a saved board report refers to it";

    private PinnedSnapshots() {}

    /** The pinned snapshots, as paths inside the warehouse; none when the dashboard has written no file. */
    public static Set<Path> of(Path warehouse) throws IOException {
        Path file = warehouse.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> warehouse.resolve(line).normalize())
                    .collect(Collectors.toSet());
        }
    }
}
