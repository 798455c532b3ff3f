package org.carebench.dashboard.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.api.TableExport;
import org.carebench.dashboard.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The council's members over HTTP, for analysts only (the list is names): read, add or update by name
 * from a JSON list, one from the Members page's form, or many from a spreadsheet in the template's columns.
 */
@RestController
class MemberApiController {

    private final TrainingRecords records;
    private final TrainingReports reports;
    private final CurrentUser user;

    MemberApiController(TrainingRecords records, TrainingReports reports, CurrentUser user) {
        this.records = records;
        this.reports = reports;
        this.user = user;
    }

    /** A member as JSON or the page's form gives it. */
    record MemberJson(String name, String kind, String from, String to) {}

    @GetMapping("/api/v1/training/members")
    ResponseEntity<?> members(@RequestParam(defaultValue = "json") String format) {
        List<Member> members = reports.members();
        return ApiResponses.respond(
                format,
                members,
                () -> TableExport.of(
                        "training-members",
                        members.stream()
                                .map(m -> Map.<String, Object>of(
                                        "name", m.name(),
                                        "kind", m.kind().id(),
                                        "from", m.from().toString(),
                                        "to", m.to() == null ? "" : m.to().toString()))
                                .map(MemberApiController::ordered)
                                .toList()));
    }

    @GetMapping("/api/v1/training/members/template")
    ResponseEntity<byte[]> template() {
        return ApiResponses.download(MemberTemplate.FILE_NAME, ApiResponses.XLSX, MemberTemplate.write());
    }

    @PostMapping(value = "/api/v1/training/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    TrainingRecords.Saved save(@RequestBody List<MemberJson> members) {
        List<MemberEntry> entries = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            MemberJson m = members.get(i);
            entries.add(MemberEntry.parse(m.name(), m.kind(), m.from(), m.to(), "member " + (i + 1)));
        }
        return records.saveMembers(signedIn(), entries);
    }

    @PostMapping(value = "/api/v1/training/members", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> saveFromPage(MemberJson member) {
        try {
            MemberEntry entry = MemberEntry.parse(member.name(), member.kind(), member.from(), member.to(), "Member");
            TrainingRecords.Saved saved = records.saveMembers(signedIn(), List.of(entry));
            return PageRedirect.to(
                    "/training/members", "saved", (saved.added() == 1 ? "Added " : "Updated ") + entry.name());
        } catch (IllegalArgumentException e) {
            return PageRedirect.to("/training/members", "error", e.getMessage());
        }
    }

    /** A spreadsheet upload: JSON counts for a program, the Members page again for a browser's form. */
    @PostMapping(value = "/api/v1/training/members/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(
            @RequestPart("file") MultipartFile file,
            @RequestHeader(value = HttpHeaders.ACCEPT, defaultValue = "") String accept)
            throws IOException {
        boolean page = accept.contains(MediaType.TEXT_HTML_VALUE);
        try {
            TrainingRecords.Saved saved = records.saveMembers(
                    signedIn(), MemberSpreadsheet.read(file.getOriginalFilename(), file.getBytes()));
            return page
                    ? PageRedirect.to(
                            "/training/members",
                            "saved",
                            file.getOriginalFilename() + ": " + saved.added() + " members added, " + saved.updated()
                                    + " updated")
                    : ResponseEntity.ok(saved);
        } catch (IllegalArgumentException e) {
            if (page) {
                return PageRedirect.to("/training/members", "error", e.getMessage());
            }
            throw e;
        }
    }

    private static Map<String, Object> ordered(Map<String, Object> row) {
        Map<String, Object> ordered = new java.util.LinkedHashMap<>();
        for (String column : MemberSpreadsheet.COLUMNS) {
            ordered.put(column, row.get(column));
        }
        return ordered;
    }

    private String signedIn() {
        return user.username().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
