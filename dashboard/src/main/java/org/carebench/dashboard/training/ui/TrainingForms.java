package org.carebench.dashboard.training.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import org.carebench.dashboard.base.ui.CsrfField;
import org.carebench.dashboard.base.ui.HtmlTables;
import org.jsoup.nodes.Element;

/**
 * The plain HTML the training pages are built of: forms that post to the training API with the
 * session's CSRF token (the API sends the browser back with what happened), and read-only tables.
 */
final class TrainingForms {

    private TrainingForms() {}

    static Element form(String id, String action, String heading) {
        Element form = new Element("form")
                .id(id)
                .addClass("training-form")
                .attr("action", action)
                .attr("method", "post")
                .attr("router-ignore", "");
        form.appendElement("h2").text(heading);
        CsrfField.addTo(form);
        return form;
    }

    /** A labelled text field; dates are text (YYYY-MM-DD) because Chromium's date field takes several Tab stops. */
    static Element field(Element form, String id, String name, String label, boolean required) {
        Element paragraph = form.appendElement("p");
        paragraph.appendElement("label").attr("for", id).text(label + (required ? "" : " (optional)"));
        Element input =
                paragraph.appendElement("input").id(id).attr("name", name).attr("type", "text");
        if (required) {
            input.attr("required", "");
        }
        return input;
    }

    static Element dateField(Element form, String id, String name, String label, boolean required) {
        return field(form, id, name, label + ", YYYY-MM-DD", required)
                .attr("pattern", "[0-9]{4}-[0-9]{2}-[0-9]{2}")
                .attr("inputmode", "numeric");
    }

    /** A drop-down list of {value, text} pairs. */
    static Element select(Element form, String id, String name, String label, List<String[]> options) {
        Element paragraph = form.appendElement("p");
        paragraph.appendElement("label").attr("for", id).text(label);
        Element select =
                paragraph.appendElement("select").id(id).attr("name", name).attr("required", "");
        options.forEach(option -> select.appendElement("option").val(option[0]).text(option[1]));
        return select;
    }

    static void submit(Element form, String id, String text) {
        form.appendElement("button")
                .attr("type", "submit")
                .id(id)
                .addClass("show-button")
                .text(text);
    }

    /** A table with a caption and column headings, in a box that scrolls sideways on a narrow screen. */
    static Element table(String id, String caption, List<String> headings) {
        Element table = new Element("table").id(id).addClass("figures-table");
        table.appendElement("caption").text(caption);
        Element head = table.appendElement("thead").appendElement("tr");
        headings.forEach(heading -> HtmlTables.headerCell(head, heading, "col"));
        table.appendElement("tbody");
        return table;
    }

    static Element row(Element table, String... cells) {
        Element tr = table.selectFirst("tbody").appendElement("tr");
        for (String cell : cells) {
            tr.appendElement("td").text(cell == null ? "" : cell);
        }
        return tr;
    }

    static Html html(Element element) {
        return new Html(element.outerHtml());
    }

    static Html boxed(Element table) {
        return html(HtmlTables.scrollBox(table, table.selectFirst("caption").text()));
    }
}
