package org.carebench.dashboard.training.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.carebench.dashboard.training.Member;
import org.carebench.dashboard.training.MemberTemplate;
import org.carebench.dashboard.training.TrainingDates;
import org.carebench.dashboard.training.TrainingReports;
import org.jsoup.nodes.Element;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The council's members and their terms of office (names, so analysts and admins only): uploaded as
 * a spreadsheet in the product's template, or added and updated one at a time.
 */
@Route("training/members")
@PageTitle("Training members | Carebench")
@RolesAllowed("ANALYST")
public class MembersView extends TrainingPage {

    private final TrainingReports reports;

    public MembersView(TrainingReports reports) {
        super("Members", "training/members", true);
        this.reports = reports;
    }

    @Override
    protected void show(QueryParameters parameters) {
        content.add(TrainingForms.html(uploadForm()), TrainingForms.html(memberForm()));
        List<Member> members = reports.members();
        Element table = TrainingForms.table(
                "training-members",
                members.size() + " members, by name",
                List.of("Name", "Kind", "Term from", "Term to", "In office today"));
        for (Member m : members) {
            TrainingForms.row(
                    table,
                    m.name(),
                    m.kind().id(),
                    TrainingDates.day(m.from()),
                    m.to() == null ? "" : TrainingDates.day(m.to()),
                    m.servesOn(reports.today()) ? "yes" : "no");
        }
        content.add(TrainingForms.boxed(table));
    }

    /** A file upload: the token goes in the address, since the server reads a multipart body only after checking it. */
    private static Element uploadForm() {
        Element form = new Element("form")
                .id("members-upload")
                .addClass("training-form")
                .attr("method", "post")
                .attr("enctype", "multipart/form-data")
                .attr("router-ignore", "")
                .attr("action", "api/v1/training/members/upload?" + csrfQuery());
        form.appendElement("h2").text("Upload the members list");
        Element help = form.appendElement("p");
        help.appendText("A CSV or Excel file with the columns of ");
        help.appendElement("a")
                .attr("href", "api/v1/training/members/template")
                .attr("router-ignore", "")
                .attr("download", MemberTemplate.FILE_NAME)
                .text("the members template (Excel)");
        help.appendText(": name, kind (councillor or officer), from and to (the term of office). A name already"
                + " listed is updated; nobody is removed.");
        Element file = form.appendElement("p");
        file.appendElement("label").attr("for", "members-file").text("Members file (.csv or .xlsx)");
        file.appendElement("input")
                .id("members-file")
                .attr("type", "file")
                .attr("name", "file")
                .attr("accept", ".csv,.xlsx")
                .attr("required", "");
        TrainingForms.submit(form, "members-upload-submit", "Upload members");
        return form;
    }

    private static Element memberForm() {
        Element form = TrainingForms.form("member-form", "api/v1/training/members", "Add or update a member");
        TrainingForms.field(form, "member-name", "name", "Name", true);
        TrainingForms.select(
                form, "member-kind", "kind", "Kind", List.of(new String[] {"councillor", "Councillor"}, new String[] {
                    "officer", "Officer"
                }));
        TrainingForms.dateField(form, "member-from", "from", "Term from", true);
        TrainingForms.dateField(form, "member-to", "to", "Term to", false);
        TrainingForms.submit(form, "member-save", "Save member");
        return form;
    }

    private static String csrfQuery() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        CsrfToken token = request == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? "" : token.getParameterName() + "=" + token.getToken();
    }
}
