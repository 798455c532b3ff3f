package org.carebench.dashboard.training;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.api.TableExport;

/**
 * The training reports as tables for CSV and XLSX, through the API's export helpers. Name columns
 * appear only when the reader may see names; a viewer's file has counts alone.
 */
public final class TrainingTables {

    private TrainingTables() {}

    public static TableExport sessions(LocalDate since, List<TrainingSession> sessions, boolean names) {
        List<Map<String, Object>> rows = sessions.stream()
                .map(s -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", s.id());
                    row.put("date", s.date().toString());
                    row.put("title", s.title());
                    row.put("type", s.type().id());
                    row.put("trainer", s.trainer());
                    row.put("audience", s.audience());
                    row.put("attended", s.attended());
                    row.put("pack_link", s.packLink());
                    row.put("pack_release", s.packRelease());
                    if (names) {
                        row.put("attendees", String.join("; ", s.attendees()));
                    }
                    return row;
                })
                .toList();
        return TableExport.of("training-sessions-since-" + since, rows)
                .describedBy(List.of(), Map.of("sessions held on or after", TrainingDates.day(since)));
    }

    public static TableExport coverage(Coverage coverage) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        rows.add(row(
                "Current councillors trained as corporate parents this term",
                coverage.councillorsTrained(),
                coverage.currentCouncillors(),
                coverage.councillorsTrainedPercent()));
        rows.add(row("Members in office not yet trained", coverage.membersNotTrained(), null, null));
        for (Coverage.PolicyCoverage policy : coverage.policies()) {
            rows.add(row(
                    "Accepted " + policy.policy() + ", version " + policy.version()
                            + (policy.current() ? " (current)" : ""),
                    policy.accepted(),
                    policy.members(),
                    policy.acceptedPercent()));
        }
        return TableExport.of("training-coverage-" + coverage.asOf(), rows)
                .describedBy(List.of(), Map.of("as of", TrainingDates.day(coverage.asOf())));
    }

    private static Map<String, Object> row(String measure, Integer count, Integer of, Double percent) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("measure", measure);
        row.put("count", count);
        row.put("of", of);
        row.put("percent", percent);
        return row;
    }
}
