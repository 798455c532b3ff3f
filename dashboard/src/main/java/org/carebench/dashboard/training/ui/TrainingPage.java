package org.carebench.dashboard.training.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A page of the training records: its heading, links to the other training pages, a status line
 * saying what the last form did (or why it was refused), then the page's own content.
 */
@StyleSheet("context://styles/training.css")
abstract class TrainingPage extends Div implements BeforeEnterObserver {

    private static final String[][] PAGES = {
        {"training", "Sessions"},
        {"training/members", "Members"},
        {"training/policies", "Policy acceptance"},
        {"training/reports", "Reports"}
    };

    private final String route;
    private final Paragraph status = new Paragraph();
    protected final Div content = new Div();

    protected TrainingPage(String title, String route, boolean showMembersLink) {
        this.route = route;
        addClassName("page");
        status.setId("training-status");
        status.addClassName("training-status");
        status.getElement().setAttribute("role", "status");
        content.addClassName("page-content");
        add(new H1(title), new Html(pages(showMembersLink).outerHtml()), status, content);
    }

    /** Fills the content for the address's parameters; it has been emptied. */
    protected abstract void show(QueryParameters parameters);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        status.setText(first(parameters, "error")
                .map(error -> "Not saved: " + error)
                .or(() -> first(parameters, "saved"))
                .orElse(""));
        status.getElement()
                .getClassList()
                .set("training-problem", first(parameters, "error").isPresent());
        content.removeAll();
        show(parameters);
    }

    protected static java.util.Optional<String> first(QueryParameters parameters, String name) {
        return parameters.getParameters().getOrDefault(name, List.of()).stream()
                .filter(value -> !value.isBlank())
                .findFirst();
    }

    private Element pages(boolean showMembersLink) {
        Element nav = new Element("nav").addClass("training-pages").attr("aria-label", "Training records");
        for (String[] page : PAGES) {
            if (!showMembersLink && page[0].equals("training/members")) {
                continue;
            }
            Element link = nav.appendElement("a")
                    .attr("href", page[0])
                    .attr("router-link", "")
                    .text(page[1]);
            if (page[0].equals(route)) {
                link.attr("aria-current", "page");
            }
        }
        return nav;
    }
}
