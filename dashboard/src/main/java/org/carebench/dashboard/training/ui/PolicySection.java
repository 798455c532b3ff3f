package org.carebench.dashboard.training.ui;

import org.carebench.dashboard.training.Coverage;
import org.carebench.dashboard.training.TrainingDates;
import org.jsoup.nodes.Element;

/** One policy version's acceptance: the count for everyone; for analysts, who accepted when and who has not. */
final class PolicySection {

    private PolicySection() {}

    static Element create(Coverage.PolicyCoverage policy) {
        Element section =
                new Element("section").addClass("policy").attr("data-version", String.valueOf(policy.versionId()));
        section.appendElement("h2")
                .text(policy.policy() + ", version " + policy.version() + (policy.current() ? " (in force)" : ""));
        section.appendElement("p")
                .addClass("policy-count")
                .text(policy.accepted() + " of the " + policy.members() + " members in office have read and accepted"
                        + " this version (in force from " + TrainingDates.day(policy.effectiveFrom()) + ")"
                        + (policy.acceptedPercent() == null ? "." : ": " + policy.acceptedPercent() + "%."));
        if (policy.acceptedBy() != null) {
            Element table = TrainingForms.table(
                    "accepted-" + policy.versionId(),
                    "Who accepted version " + policy.version(),
                    java.util.List.of("Member", "Accepted on"));
            policy.acceptedBy().forEach(a -> TrainingForms.row(table, a.name(), TrainingDates.day(a.on())));
            section.appendChild(org.carebench.dashboard.base.ui.HtmlTables.scrollBox(
                    table, "Who accepted version " + policy.version()));
            section.appendElement("p")
                    .addClass("not-yet")
                    .text(
                            policy.notYetAccepted().isEmpty()
                                    ? "Everyone in office has accepted it."
                                    : "Not yet accepted: " + String.join(", ", policy.notYetAccepted()) + ".");
        }
        return section;
    }
}
