package org.carebench.dashboard.commentary.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.carebench.dashboard.base.ui.HtmlFragment;
import org.carebench.dashboard.commentary.Comment;
import org.jsoup.nodes.Element;

/**
 * The commentary on the figure a page shows: each comment dated, with its author, internal ones
 * marked; for analysts a plain form to add one, and a link on each of their own that shows it as a
 * form to change (an address with {@code edit=ID}, so the page stays plain links and forms).
 */
@StyleSheet("context://styles/commentary.css")
public class CommentSection extends Div {

    static final String ID = "commentary";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    /**
     * {@code writer}: the signed-in analyst's name, or null for a reader who may not write;
     * {@code editing}: the id of the writer's comment to show as a form, or null.
     */
    public CommentSection(
            String la, String indicator, int period, List<Comment> comments, String writer, Long editing) {
        Element section = new Element("section").id(ID).attr("aria-labelledby", "commentary-heading");
        section.appendElement("h2").id("commentary-heading").text("Commentary, " + period);
        if (comments.isEmpty()) {
            section.appendElement("p").addClass("commentary-none").text("No comments on this figure yet.");
        } else {
            Element list = section.appendElement("ul").addClass("commentary-list");
            String page = "indicator?la=" + la + "&indicator=" + indicator + "&period=" + period;
            comments.forEach(c -> item(list, c, writer, editing, page));
        }
        if (writer != null) {
            Element form = CommentForm.of("api/v1/comments", "comment-new", null);
            CommentForm.hidden(form, "la", la);
            CommentForm.hidden(form, "indicator", indicator);
            CommentForm.hidden(form, "period", String.valueOf(period));
            section.appendElement("h3").text("Add a comment");
            section.appendChild(form);
        }
        addClassName("commentary");
        add(new HtmlFragment(HtmlFragment.Markup.of(section)));
        // After a post the API sends the browser back to #commentary, which the browser looked for
        // before the page had drawn it: show the writer the comment they just saved.
        getElement()
                .executeJs(
                        "if (location.hash === '#" + ID + "') document.getElementById('" + ID + "')?.scrollIntoView()");
    }

    private static void item(Element list, Comment c, String writer, Long editing, String page) {
        Element li = list.appendElement("li").addClass("comment").attr("data-comment", String.valueOf(c.id()));
        Element meta = li.appendElement("p").addClass("comment-meta");
        meta.appendElement("time").attr("datetime", c.writtenAt().toString()).text(DATE.format(c.writtenAt()));
        meta.appendText(", " + c.author());
        if (c.changedAt() != null) {
            meta.appendText(" (changed " + DATE.format(c.changedAt()) + ")");
        }
        if (c.internal()) {
            meta.appendText(" ");
            meta.appendElement("strong").addClass("comment-internal").text("Internal");
        }
        boolean own = c.author().equals(writer);
        if (own && editing != null && editing == c.id()) {
            li.appendChild(CommentForm.of("api/v1/comments/" + c.id(), "comment-" + c.id(), c));
            return;
        }
        li.appendElement("p").addClass("comment-text").text(c.text());
        if (own) {
            li.appendElement("a")
                    .id("comment-" + c.id() + "-change")
                    .attr("href", page + "&edit=" + c.id() + "#" + ID)
                    .text("Change this comment");
        }
    }
}
