package org.carebench.dashboard.uploads;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.carebench.dashboard.audit.AuditAction;
import org.carebench.dashboard.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * The warehouse's published snapshots, and going back to an earlier one through the pipeline's own
 * {@code rollback} command, queued behind any import so the two never race for the warehouse.
 */
@Service
public class SnapshotAdministration {

    public record Snapshot(String name, boolean current) {}

    private static final String SNAPSHOT_NAME = "snapshot-\\d+\\.duckdb";

    private final Path warehouse;
    private final PipelineProcess pipeline;
    private final ImportQueue queue;
    private final AuditLog audit;

    SnapshotAdministration(UploadSettings settings, PipelineProcess pipeline, ImportQueue queue, AuditLog audit) {
        this.warehouse = settings.warehouse();
        this.pipeline = pipeline;
        this.queue = queue;
        this.audit = audit;
    }

    /** Newest first, the current one marked. */
    public List<Snapshot> snapshots() throws IOException {
        Path folder = warehouse.resolve("snapshots");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String current = current();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches(SNAPSHOT_NAME))
                    .sorted((a, b) -> b.compareTo(a))
                    .map(name -> new Snapshot(name, name.equals(current)))
                    .toList();
        }
    }

    /** Makes {@code name} current again; returns the pipeline's answer, or throws with its reason. */
    public String rollback(String admin, String name) throws Exception {
        if (name == null || !name.matches(SNAPSHOT_NAME)) {
            throw new IllegalArgumentException("No snapshot named '" + name + "'");
        }
        PipelineProcess.Result result = queue.runAndWait(() -> pipeline.run("rollback", List.of(name)));
        audit.append(admin, AuditAction.ROLLBACK, name + ": " + result.lastLine());
        if (result.exitCode() != 0) {
            throw new IllegalArgumentException("Rollback to " + name + " failed: " + result.lastLine());
        }
        return result.lastLine();
    }

    private String current() throws IOException {
        Path pointer = warehouse.resolve("current");
        if (!Files.isRegularFile(pointer)) {
            return "";
        }
        return Path.of(Files.readString(pointer, StandardCharsets.UTF_8).strip())
                .getFileName()
                .toString();
    }
}
