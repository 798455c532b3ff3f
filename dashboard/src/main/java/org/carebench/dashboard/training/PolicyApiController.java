package org.carebench.dashboard.training;

import java.util.List;
import java.util.Map;
import org.carebench.dashboard.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policies, their versions and acceptances over HTTP: anyone signed in lists the versions (who accepted
 * is in the coverage, names for analysts only); analysts add versions and record acceptances.
 */
@RestController
class PolicyApiController {

    private final TrainingRecords records;
    private final TrainingReports reports;
    private final CurrentUser user;

    PolicyApiController(TrainingRecords records, TrainingReports reports, CurrentUser user) {
        this.records = records;
        this.reports = reports;
        this.user = user;
    }

    record VersionJson(String policy, String version, String from, String documentLink) {}

    record AcceptanceJson(Long version, String member, String on) {}

    @GetMapping("/api/v1/training/policies")
    List<PolicyVersion> versions() {
        return reports.policyVersions();
    }

    @PostMapping(value = "/api/v1/training/policies", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> addVersion(@RequestBody VersionJson version) {
        add(version);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("policy", version.policy(), "version", version.version()));
    }

    @PostMapping(value = "/api/v1/training/policies", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> addVersionFromPage(VersionJson version) {
        try {
            add(version);
            return PageRedirect.to(
                    "/training/policies",
                    "saved",
                    "Added " + version.policy() + ", version " + version.version() + ": nobody has accepted it yet");
        } catch (IllegalArgumentException e) {
            return PageRedirect.to("/training/policies", "error", e.getMessage());
        }
    }

    @PostMapping(value = "/api/v1/training/acceptances", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> accept(@RequestBody AcceptanceJson acceptance) {
        record(acceptance);
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping(value = "/api/v1/training/acceptances", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> acceptFromPage(AcceptanceJson acceptance) {
        try {
            record(acceptance);
            return PageRedirect.to("/training/policies", "saved", "Recorded the acceptance");
        } catch (IllegalArgumentException e) {
            return PageRedirect.to("/training/policies", "error", e.getMessage());
        }
    }

    private void add(VersionJson version) {
        records.addPolicyVersion(
                signedIn(),
                version.policy(),
                version.version(),
                TrainingDates.parse(version.from(), "from"),
                version.documentLink());
    }

    private void record(AcceptanceJson acceptance) {
        if (acceptance.version() == null
                || acceptance.member() == null
                || acceptance.member().isBlank()) {
            throw new IllegalArgumentException("An acceptance needs the policy version and the member");
        }
        records.accept(
                signedIn(),
                acceptance.version(),
                acceptance.member(),
                acceptance.on() == null || acceptance.on().isBlank()
                        ? reports.today()
                        : TrainingDates.parse(acceptance.on(), "on"));
    }

    private String signedIn() {
        return user.username().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
