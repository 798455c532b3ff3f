package org.carebench.dashboard.training.ui;

import org.carebench.dashboard.training.Coverage;
import org.carebench.dashboard.training.TrainingDates;
import org.jsoup.nodes.Element;

/** Coverage in sentences: councillors trained this term, members not yet trained, acceptance by policy version. */
final class CoverageSection {

    private CoverageSection() {}

    static Element create(Coverage coverage) {
        Element section = new Element("section").id("training-coverage").addClass("coverage");
        section.appendElement("h2").text("Coverage on " + TrainingDates.day(coverage.asOf()));
        section.appendElement("p")
                .id("councillors-trained")
                .text(coverage.councillorsTrained() + " of the " + coverage.currentCouncillors()
                        + " current councillors"
                        + (coverage.councillorsTrainedPercent() == null
                                ? ""
                                : " (" + coverage.councillorsTrainedPercent() + "%)")
                        + " have attended at least one corporate-parenting session in their present term.");
        Element untrained = section.appendElement("p").id("members-not-trained");
        untrained.text(
                coverage.membersNotTrained() + " members in office (councillors and officers) are not yet trained"
                        + (coverage.membersNotTrainedNames() == null || coverage.membersNotTrained() == 0
                                ? "."
                                : ": " + String.join(", ", coverage.membersNotTrainedNames()) + "."));
        Element list = section.appendElement("ul").id("acceptance-by-version");
        for (Coverage.PolicyCoverage policy : coverage.policies()) {
            list.appendElement("li")
                    .text(policy.policy() + ", version " + policy.version() + (policy.current() ? " (in force)" : "")
                            + ": accepted by " + policy.accepted() + " of the " + policy.members()
                            + " members in office");
        }
        return section;
    }
}
