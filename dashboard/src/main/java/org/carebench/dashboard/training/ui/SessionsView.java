package org.carebench.dashboard.training.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.carebench.dashboard.training.TrainingDates;
import org.carebench.dashboard.training.TrainingReports;
import org.carebench.dashboard.training.TrainingSession;
import org.jsoup.nodes.Element;

/**
 * The training sessions held, with how many attended; analysts also see who attended and record a
 * new session with its attendance. Viewers see the counts only.
 */
@Route("training")
@Menu(order = 5.5, title = "Training")
@PageTitle("Training | Carebench")
@RolesAllowed("VIEWER")
public class SessionsView extends TrainingPage {

    private final TrainingReports reports;

    public SessionsView(TrainingReports reports) {
        super("Training sessions", "training", reports.showsNames());
        this.reports = reports;
    }

    @Override
    protected void show(QueryParameters parameters) {
        first(parameters, "recorded")
                .ifPresent(id -> content.add(TrainingForms.html(new Element("p")
                        .id("training-recorded")
                        .attr("role", "status")
                        .text("Recorded session " + id + "."))));
        boolean names = reports.showsNames();
        List<TrainingSession> sessions = reports.sessions(reports.since(null));
        content.add(TrainingForms.boxed(table(sessions, names)));
        if (names) {
            content.add(TrainingForms.html(SessionForm.create(reports.members(), reports.today())));
        }
    }

    private static Element table(List<TrainingSession> sessions, boolean names) {
        List<String> headings =
                new ArrayList<>(List.of("Date", "Title", "Type", "Trainer", "Audience", "Attended", "Training pack"));
        if (names) {
            headings.add("Who attended");
        }
        Element table = TrainingForms.table(
                "training-sessions",
                sessions.isEmpty() ? "No sessions recorded yet" : "Sessions held, oldest first",
                headings);
        for (TrainingSession s : sessions) {
            Element row = TrainingForms.row(
                    table,
                    TrainingDates.day(s.date()),
                    s.title(),
                    s.type().label(),
                    s.trainer(),
                    s.audience(),
                    String.valueOf(s.attended()));
            row.attr("data-session", String.valueOf(s.id()));
            Element pack = row.appendElement("td");
            if (s.packLink() != null) {
                pack.appendElement("a")
                        .attr("href", s.packLink())
                        .attr("router-ignore", "")
                        .text("Slides (.pptx)");
            }
            if (s.packRelease() != null) {
                pack.appendText(" " + s.packRelease());
            }
            if (names) {
                row.appendElement("td").text(String.join(", ", s.attendees()));
            }
        }
        return table;
    }
}
