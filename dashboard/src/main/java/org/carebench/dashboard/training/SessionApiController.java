package org.carebench.dashboard.training;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.api.ApiResponses;
import org.carebench.dashboard.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training sessions, the FOI answer and coverage over HTTP. Anyone signed in reads (a viewer counts
 * only: {@link TrainingReports} leaves the names out); analysts record sessions (the API's security
 * refuses others), as JSON from a program or from the Training page's plain form.
 */
@RestController
class SessionApiController {

    private final TrainingRecords records;
    private final TrainingReports reports;
    private final CurrentUser user;

    SessionApiController(TrainingRecords records, TrainingReports reports, CurrentUser user) {
        this.records = records;
        this.reports = reports;
        this.user = user;
    }

    /** A session as JSON gives it; attendees are names or member ids. */
    record SessionJson(
            String title,
            String date,
            String type,
            String trainer,
            String audience,
            String packLink,
            String packRelease,
            List<Object> attendees) {

        SessionDraft draft() {
            return new SessionDraft(
                    title,
                    TrainingDates.parse(date, "date"),
                    SessionType.parse(type),
                    trainer,
                    audience,
                    packLink,
                    packRelease,
                    attendees == null
                            ? List.of()
                            : attendees.stream().map(String::valueOf).toList());
        }
    }

    @PostMapping(value = "/api/v1/training/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> record(@RequestBody SessionJson session) {
        long id = records.recordSession(signedIn(), session.draft());
        return ResponseEntity.created(URI.create("/api/v1/training/sessions/" + id))
                .body(Map.of("id", id));
    }

    @PostMapping(value = "/api/v1/training/sessions", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> recordFromPage(SessionJson session) {
        try {
            long id = records.recordSession(signedIn(), session.draft());
            return PageRedirect.to("/training", "recorded", String.valueOf(id));
        } catch (IllegalArgumentException e) {
            return PageRedirect.to("/training", "error", e.getMessage());
        }
    }

    @GetMapping("/api/v1/training/sessions")
    ResponseEntity<?> sessions(
            @RequestParam(required = false) LocalDate since, @RequestParam(defaultValue = "json") String format) {
        LocalDate from = reports.since(since);
        List<TrainingSession> held = reports.sessions(from);
        return ApiResponses.respond(format, held, () -> TrainingTables.sessions(from, held, reports.showsNames()));
    }

    @GetMapping(value = "/api/v1/training/foi", produces = "text/plain;charset=UTF-8")
    String foi(@RequestParam(required = false) LocalDate since) {
        LocalDate from = reports.since(since);
        return FoiAnswer.text(from, reports.sessions(from), reports.coverage(reports.today()));
    }

    @GetMapping("/api/v1/training/coverage")
    ResponseEntity<?> coverage(
            @RequestParam(required = false) LocalDate asOf, @RequestParam(defaultValue = "json") String format) {
        Coverage coverage = reports.coverage(asOf == null ? reports.today() : asOf);
        return ApiResponses.respond(format, coverage, () -> TrainingTables.coverage(coverage));
    }

    @ExceptionHandler(UnknownAttendeesException.class)
    ResponseEntity<Map<String, Object>> unknownAttendees(UnknownAttendeesException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of("error", e.getMessage(), "unknown", e.unknown()));
    }

    private String signedIn() {
        return user.username().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
