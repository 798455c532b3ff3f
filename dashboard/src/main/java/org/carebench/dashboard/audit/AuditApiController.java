package org.carebench.dashboard.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.api.TableExport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for admins (the API's security allows no one else), as JSON or CSV. */
@RestController
class AuditApiController {

    static final int MAX_ENTRIES = 100_000;

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    ResponseEntity<?> audit(
            @RequestParam(defaultValue = "1000") int limit, @RequestParam(defaultValue = "json") String format) {
        if (limit < 1 || limit > MAX_ENTRIES) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_ENTRIES);
        }
        var entries = audit.recent(limit);
        ResponseEntity<?> response = ApiResponses.respond(
                format,
                entries,
                () -> TableExport.of(
                        "audit",
                        entries.stream()
                                .map(entry -> {
                                    Map<String, Object> row = new LinkedHashMap<>();
                                    row.put("id", entry.id());
                                    row.put("at", entry.at().toString());
                                    row.put("username", entry.username());
                                    row.put("action", entry.action());
                                    row.put("detail", entry.detail());
                                    return row;
                                })
                                .toList()));
        return response;
    }
}
