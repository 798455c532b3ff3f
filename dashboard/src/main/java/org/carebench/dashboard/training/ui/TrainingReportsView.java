package org.carebench.dashboard.training.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.carebench.dashboard.training.Coverage;
import org.carebench.dashboard.training.FoiAnswer;
import org.carebench.dashboard.training.TrainingDates;
import org.carebench.dashboard.training.TrainingReports;
import org.carebench.dashboard.training.TrainingSession;
import org.jsoup.nodes.Element;

/**
 * The answers a Freedom of Information request or a corporate parenting board asks for: sessions since
 * a date with their attendance, the share of current councillors trained this term, members not yet
 * trained (names for analysts), acceptance by policy version, the text to paste, and the files.
 */
@Route("training/reports")
@PageTitle("Training reports | Carebench")
@RolesAllowed("VIEWER")
public class TrainingReportsView extends TrainingPage {

    private final TrainingReports reports;

    public TrainingReportsView(TrainingReports reports) {
        super("Training reports", "training/reports", reports.showsNames());
        this.reports = reports;
    }

    @Override
    protected void show(QueryParameters parameters) {
        LocalDate since;
        try {
            since = reports.since(first(parameters, "since")
                    .map(text -> TrainingDates.parse(text, "Since"))
                    .orElse(null));
        } catch (IllegalArgumentException e) {
            content.add(TrainingForms.html(
                    new Element("p").addClass("training-problem").text(e.getMessage())));
            since = reports.since(null);
        }
        List<TrainingSession> sessions = reports.sessions(since);
        Coverage coverage = reports.coverage(reports.today());
        content.add(TrainingForms.html(sinceForm(since)));
        Element table = TrainingForms.table(
                "report-sessions",
                "Sessions since " + TrainingDates.day(since) + " and how many attended",
                List.of("Date", "Title", "Type", "Attended"));
        sessions.forEach(s -> TrainingForms.row(
                table, TrainingDates.day(s.date()), s.title(), s.type().label(), String.valueOf(s.attended())));
        content.add(TrainingForms.boxed(table), TrainingForms.html(CoverageSection.create(coverage)));
        Element answer = new Element("section").addClass("foi");
        answer.appendElement("h2").text("Freedom of Information answer");
        answer.appendElement("p").text("Counts only, never names: ready to paste into a reply.");
        answer.appendElement("pre")
                .id("foi-answer")
                .attr("tabindex", "0")
                .attr("aria-label", "Freedom of Information answer")
                .text(FoiAnswer.text(since, sessions, coverage));
        content.add(TrainingForms.html(answer), TrainingForms.html(downloads(since)));
    }

    private static Element sinceForm(LocalDate since) {
        Element form = new Element("form")
                .id("report-since")
                .addClass("training-form")
                .attr("action", "training/reports")
                .attr("method", "get")
                .attr("router-ignore", "");
        TrainingForms.dateField(form, "report-since-date", "since", "Sessions since", true)
                .val(since.toString());
        TrainingForms.submit(form, "report-since-show", "Show");
        return form;
    }

    private static Element downloads(LocalDate since) {
        Element section = new Element("section").addClass("training-downloads");
        section.appendElement("h2").text("Download");
        Element list = section.appendElement("ul");
        String query = "since=" + since;
        link(list, "Sessions and attendance (Excel)", "api/v1/training/sessions?" + query + "&format=xlsx");
        link(list, "Sessions and attendance (CSV)", "api/v1/training/sessions?" + query + "&format=csv");
        link(list, "Coverage (Excel)", "api/v1/training/coverage?format=xlsx");
        link(list, "Coverage (CSV)", "api/v1/training/coverage?format=csv");
        link(list, "Freedom of Information answer (text)", "api/v1/training/foi?" + query);
        return section;
    }

    private static void link(Element list, String text, String href) {
        list.appendElement("li")
                .appendElement("a")
                .attr("href", href)
                .attr("router-ignore", "")
                .text(text);
    }
}
