package org.carebench.dashboard.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.figures.UnknownReferenceException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads for analysts (the API's security allows no one else): send a file, follow its import, read
 * the history and each import's report; and, for admins, the snapshots and rolling back to one.
 */
@RestController
class UploadApiController {

    private final UploadService uploads;
    private final SnapshotAdministration snapshots;

    UploadApiController(UploadService uploads, SnapshotAdministration snapshots) {
        this.uploads = uploads;
        this.snapshots = snapshots;
    }

    @PostMapping(value = "/api/v1/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Upload> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = UploadService.NATIONAL) String kind,
            @RequestParam(required = false) String la,
            @RequestParam(required = false) String periodEnd,
            Principal user)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            Upload upload = uploads.receive(user.getName(), file.getOriginalFilename(), kind, la, periodEnd, content);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(upload);
        }
    }

    @GetMapping("/api/v1/uploads")
    List<Upload> history() {
        return uploads.history();
    }

    @GetMapping("/api/v1/uploads/{id}")
    Upload upload(@PathVariable long id) {
        return uploads.find(id).orElseThrow(() -> new UnknownReferenceException("upload", id));
    }

    @GetMapping("/api/v1/uploads/{id}/report")
    ResponseEntity<FileSystemResource> report(@PathVariable long id) {
        Path report = uploads.report(id).orElseThrow(() -> new UnknownReferenceException("upload report", id));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + report.getFileName() + "\"")
                .body(new FileSystemResource(report));
    }

    @GetMapping("/api/v1/snapshots")
    List<SnapshotAdministration.Snapshot> snapshots() throws IOException {
        return snapshots.snapshots();
    }

    @PostMapping("/api/v1/snapshots/{name}/rollback")
    Map<String, String> rollback(@PathVariable String name, Principal admin) throws Exception {
        return Map.of("result", snapshots.rollback(admin.getName(), name));
    }
}
