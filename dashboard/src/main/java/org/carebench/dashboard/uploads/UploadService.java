package org.carebench.dashboard.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.carebench.dashboard.audit.AuditAction;
import org.carebench.dashboard.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Receives an analyst's file: refuses a hostile name at once (audited), streams the file into
 * quarantine with its checksum, records it, and queues its import. The uploader follows it through
 * {@link #find}; everyone with the role sees the {@link #history}.
 */
@Service
public class UploadService {

    static final String NATIONAL = "national";
    static final String LOCAL = "local";
    private static final int HISTORY_SHOWN = 100;

    private final UploadHistory history;
    private final Quarantine quarantine;
    private final UploadImport importer;
    private final ImportQueue queue;
    private final AuditLog audit;
    private final Path logs;

    UploadService(
            UploadHistory history,
            Quarantine quarantine,
            UploadImport importer,
            ImportQueue queue,
            AuditLog audit,
            UploadSettings settings) {
        this.history = history;
        this.quarantine = quarantine;
        this.importer = importer;
        this.queue = queue;
        this.audit = audit;
        this.logs = settings.warehouse().resolve("logs");
    }

    /** Accepts the file for import and returns it as recorded, status received; the import follows. */
    public Upload receive(
            String username, String originalName, String kind, String la, String periodEnd, InputStream content)
            throws IOException {
        String name;
        try {
            name = SafeFileName.of(originalName);
            checkOptions(kind, la, periodEnd);
        } catch (UploadRefusedException e) {
            audit.append(username, AuditAction.UPLOAD, "refused: " + e.getMessage());
            throw e;
        }
        String localLa = LOCAL.equals(kind) ? la.strip() : null;
        String localEnd = LOCAL.equals(kind) && periodEnd != null && !periodEnd.isBlank() ? periodEnd.strip() : null;
        long id = history.add(username, name, kind, localLa, localEnd);
        Quarantine.Stored stored = quarantine.store(id, name, content);
        history.received(id, stored.size(), stored.sha256());
        audit.append(
                username,
                AuditAction.UPLOAD,
                "upload " + id + " " + name + " (" + kind + ", " + stored.size() + " bytes, sha256 " + stored.sha256()
                        + ")");
        Upload upload = history.find(id).orElseThrow();
        queue.submit(() -> importer.run(upload));
        return upload;
    }

    public Optional<Upload> find(long id) {
        return history.find(id);
    }

    public List<Upload> history() {
        return history.recent(HISTORY_SHOWN);
    }

    /** The report the upload's import wrote under the warehouse's {@code logs/}, if it wrote one. */
    public Optional<Path> report(long id) {
        return history.find(id)
                .map(Upload::report)
                .map(logs::resolve)
                .filter(path -> path.getParent().equals(logs) && Files.isRegularFile(path));
    }

    private static void checkOptions(String kind, String la, String periodEnd) {
        if (!NATIONAL.equals(kind) && !LOCAL.equals(kind)) {
            throw new UploadRefusedException("kind must be national or local, not '" + kind + "'");
        }
        if (LOCAL.equals(kind) && (la == null || !la.strip().matches("\\d{3}"))) {
            throw new UploadRefusedException("Local figures need the local authority's 3-digit DfE code (la)");
        }
        if (LOCAL.equals(kind) && periodEnd != null && !periodEnd.isBlank()) {
            try {
                LocalDate.parse(periodEnd.strip());
            } catch (DateTimeParseException e) {
                throw new UploadRefusedException(
                        "period end must be a date such as 2025-03-31, not '" + periodEnd + "'");
            }
        }
    }
}
