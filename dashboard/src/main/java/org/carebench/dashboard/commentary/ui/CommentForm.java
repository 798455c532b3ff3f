package org.carebench.dashboard.commentary.ui;

import org.carebench.dashboard.base.ui.CsrfField;
import org.carebench.dashboard.commentary.Comment;
import org.jsoup.nodes.Element;

/**
 * A plain HTML form posting a comment to the API, which sends the browser back to the figure: the
 * text and whether it is internal (the default) or fit for a public audience.
 */
final class CommentForm {

    private CommentForm() {}

    /** {@code existing}: the comment being changed, or null for a new one. */
    static Element of(String action, String idPrefix, Comment existing) {
        Element form = new Element("form")
                .addClass("comment-form")
                .attr("action", action)
                .attr("method", "post")
                .attr("router-ignore", "");
        CsrfField.addTo(form);
        form.appendElement("label").attr("for", idPrefix + "-text").text("Comment");
        form.appendElement("textarea")
                .id(idPrefix + "-text")
                .attr("name", "text")
                .attr("rows", "3")
                .attr("required", "")
                .attr("maxlength", "4000")
                .text(existing == null ? "" : existing.text());
        form.appendElement("label").attr("for", idPrefix + "-audience").text("Audience");
        Element select = form.appendElement("select").id(idPrefix + "-audience").attr("name", "audience");
        Element internal = select.appendElement("option").val("internal").text("Internal: the council's own staff");
        Element open = select.appendElement("option").val("public").text("Public: may go in public reports");
        (existing != null && !existing.internal() ? open : internal).attr("selected", "");
        form.appendElement("button")
                .attr("type", "submit")
                .addClass("show-button")
                .id(idPrefix + "-save")
                .text(existing == null ? "Add comment" : "Save changes");
        return form;
    }

    static void hidden(Element form, String name, String value) {
        form.appendElement("input").attr("type", "hidden").attr("name", name).val(value);
    }
}
