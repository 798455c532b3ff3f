package org.carebench.dashboard.training;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * How far training has reached on a day: current councillors who attended a corporate-parenting
 * session in their present term, the members (councillors and officers) not yet trained, and each
 * policy version's acceptance. Names are null for a reader who may see counts only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Coverage(
        LocalDate asOf,
        int currentCouncillors,
        int councillorsTrained,
        Double councillorsTrainedPercent,
        int membersNotTrained,
        List<String> membersNotTrainedNames,
        List<PolicyCoverage> policies) {

    /** One policy version: of the members in office, how many have accepted it, and who has and has not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PolicyCoverage(
            long versionId,
            String policy,
            String version,
            LocalDate effectiveFrom,
            boolean current,
            int members,
            int accepted,
            Double acceptedPercent,
            List<Acceptance> acceptedBy,
            List<String> notYetAccepted) {}

    /** Who accepted, and when. */
    public record Acceptance(String name, LocalDate on) {}

    /** A percentage to one decimal place; null when there is nobody to count. */
    static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
