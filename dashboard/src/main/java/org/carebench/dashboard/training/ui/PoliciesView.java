package org.carebench.dashboard.training.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.carebench.dashboard.training.Coverage;
import org.carebench.dashboard.training.Member;
import org.carebench.dashboard.training.PolicyVersion;
import org.carebench.dashboard.training.TrainingReports;
import org.jsoup.nodes.Element;

/**
 * Each policy version and how many members in office have read and accepted it; analysts also see
 * who has and who has not, add a new version (which everyone must accept afresh) and record acceptances.
 */
@Route("training/policies")
@PageTitle("Policy acceptance | Carebench")
@RolesAllowed("VIEWER")
public class PoliciesView extends TrainingPage {

    private final TrainingReports reports;

    public PoliciesView(TrainingReports reports) {
        super("Policy acceptance", "training/policies", reports.showsNames());
        this.reports = reports;
    }

    @Override
    protected void show(QueryParameters parameters) {
        Coverage coverage = reports.coverage(reports.today());
        if (coverage.policies().isEmpty()) {
            content.add(TrainingForms.html(new Element("p").text("No policy recorded yet.")));
        }
        for (Coverage.PolicyCoverage policy : coverage.policies()) {
            content.add(TrainingForms.html(PolicySection.create(policy)));
        }
        if (reports.showsNames()) {
            content.add(
                    TrainingForms.html(acceptanceForm(reports.policyVersions(), reports.members())),
                    TrainingForms.html(versionForm()));
        }
    }

    private Element acceptanceForm(List<PolicyVersion> versions, List<Member> members) {
        Element form = TrainingForms.form("acceptance-form", "api/v1/training/acceptances", "Record an acceptance");
        TrainingForms.select(
                form,
                "acceptance-version",
                "version",
                "Policy version",
                // Newest first: the version members are asked to accept now.
                versions.stream()
                        .sorted(java.util.Comparator.comparing(PolicyVersion::effectiveFrom)
                                .reversed())
                        .map(v -> new String[] {String.valueOf(v.id()), v.describe()})
                        .toList());
        TrainingForms.select(
                form,
                "acceptance-member",
                "member",
                "Member",
                members.stream()
                        .filter(m -> m.servesOn(reports.today()))
                        .map(m -> new String[] {String.valueOf(m.id()), m.name()})
                        .toList());
        TrainingForms.dateField(form, "acceptance-on", "on", "Accepted on", true)
                .val(reports.today().toString());
        TrainingForms.submit(form, "acceptance-save", "Record acceptance");
        return form;
    }

    private static Element versionForm() {
        Element form = TrainingForms.form("policy-form", "api/v1/training/policies", "Add a policy or a new version");
        form.appendElement("p")
                .text("Members accept each version afresh: from the day a new version is in force, nobody has"
                        + " accepted it yet.");
        TrainingForms.field(form, "policy-title", "policy", "Policy title", true);
        TrainingForms.field(form, "policy-version", "version", "Version (e.g. 2 or 2025)", true);
        TrainingForms.dateField(form, "policy-from", "from", "In force from", true);
        TrainingForms.field(form, "policy-link", "documentLink", "Link to the document", false);
        TrainingForms.submit(form, "policy-save", "Add version");
        return form;
    }
}
