package org.carebench.dashboard.uploads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.carebench.dashboard.audit.AuditAction;
import org.carebench.dashboard.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes one quarantined upload through its checks and the pipeline's import, recording each step in
 * the history: checking (content), importing (the child process), then loaded, set aside or rejected,
 * with the pipeline's reason and the report it wrote under {@code logs/}.
 */
@Component
class UploadImport {

    private static final Logger log = LoggerFactory.getLogger(UploadImport.class);
    private static final int LOADED = 0;
    /** A national import published without a file no definition recognised; a local one, with figures withheld. */
    private static final int PUBLISHED_WITH_SOMETHING_LEFT_OUT = 3;

    private final UploadHistory history;
    private final Quarantine quarantine;
    private final PipelineProcess pipeline;
    private final AuditLog audit;
    private final Path logs;

    UploadImport(
            UploadHistory history,
            Quarantine quarantine,
            PipelineProcess pipeline,
            AuditLog audit,
            UploadSettings settings) {
        this.history = history;
        this.quarantine = quarantine;
        this.pipeline = pipeline;
        this.audit = audit;
        this.logs = settings.warehouse().resolve("logs");
    }

    void run(Upload upload) {
        Path file = quarantine.file(upload.id(), upload.fileName());
        try {
            history.status(upload.id(), UploadStatus.CHECKING, null, null);
            ContentCheck.check(file, upload.fileName());
            history.status(upload.id(), UploadStatus.IMPORTING, null, null);
            Set<Path> reportsBefore = reports();
            PipelineProcess.Result result = pipeline.run(command(upload), arguments(upload, file));
            String report = reports().stream()
                    .filter(path -> !reportsBefore.contains(path))
                    .map(path -> path.getFileName().toString())
                    .sorted()
                    .findFirst()
                    .orElse(null);
            UploadStatus status = switch (result.exitCode()) {
                case LOADED -> UploadStatus.LOADED;
                // The extract was published; the reason names the figures withheld, the report why.
                case PUBLISHED_WITH_SOMETHING_LEFT_OUT ->
                    upload.kind().equals(UploadService.LOCAL) ? UploadStatus.LOADED : UploadStatus.SET_ASIDE;
                default -> UploadStatus.REJECTED;
            };
            finish(upload, status, result.lastLine(), report);
        } catch (UploadRefusedException e) {
            finish(upload, UploadStatus.REJECTED, e.getMessage(), null);
        } catch (IOException | RuntimeException e) {
            log.warn("Import of upload {} failed", upload.id(), e);
            finish(
                    upload,
                    UploadStatus.REJECTED,
                    upload.fileName() + ": the import could not run: " + e.getMessage(),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(upload, UploadStatus.REJECTED, "The import was stopped when the dashboard shut down", null);
        }
    }

    private void finish(Upload upload, UploadStatus status, String reason, String report) {
        history.status(upload.id(), status, reason, report);
        audit.append(
                upload.username(),
                AuditAction.IMPORT,
                "upload " + upload.id() + " " + upload.fileName() + " (sha256 " + upload.sha256() + "): " + status.id()
                        + ": " + reason);
        try {
            if (status == UploadStatus.LOADED) {
                quarantine.release(upload.id());
            } else {
                quarantine.setAside(upload.id());
            }
        } catch (IOException e) {
            log.warn("Could not tidy the quarantine of upload {}", upload.id(), e);
        }
    }

    private static String command(Upload upload) {
        return upload.kind().equals(UploadService.LOCAL) ? "import-local" : "import";
    }

    private static List<String> arguments(Upload upload, Path file) {
        List<String> arguments = new ArrayList<>();
        if (upload.kind().equals(UploadService.LOCAL)) {
            arguments.addAll(List.of("--la", upload.la()));
            if (upload.periodEnd() != null) {
                arguments.addAll(List.of("--period-end", upload.periodEnd()));
            }
        }
        arguments.add(file.toString());
        return arguments;
    }

    private Set<Path> reports() throws IOException {
        if (!Files.isDirectory(logs)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(logs)) {
            return Set.copyOf(
                    files.filter(path -> path.toString().endsWith(".csv")).toList());
        }
    }
}
