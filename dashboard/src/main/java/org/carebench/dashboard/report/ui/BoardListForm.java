package org.carebench.dashboard.report.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.base.ui.CsrfField;
import org.carebench.dashboard.figures.Indicator;
import org.carebench.dashboard.scorecard.Scorecard;
import org.carebench.dashboard.scorecard.ScorecardRow;
import org.jsoup.nodes.Element;

/**
 * For analysts: the indicators this authority's board follows, a box for each grouped by theme as on
 * the Pack page, posted to the API with the page's CSRF token. With none saved, every box is ticked,
 * as the report then shows every indicator.
 */
final class BoardListForm {

    static final String ID = "board-list-form";

    private BoardListForm() {}

    static Element of(Scorecard card, List<String> followed) {
        Element form = new Element("form")
                .id(ID)
                .addClass("board-list-form")
                .attr("action", "api/v1/board-lists")
                .attr("method", "post")
                .attr("router-ignore", "");
        CsrfField.addTo(form);
        hidden(form, "la", card.la().code());
        hidden(form, "period", String.valueOf(card.period()));
        form.appendElement("h2").text("The indicators " + card.la().name() + "'s board follows");
        form.appendElement("p")
                .text("The report, its downloads and the command line's export show these, in the scorecard's order.");
        Map<String, List<Indicator>> byTheme = new LinkedHashMap<>();
        card.rows().stream()
                .map(ScorecardRow::indicator)
                .forEach(i -> byTheme.computeIfAbsent(i.theme(), t -> new java.util.ArrayList<>())
                        .add(i));
        byTheme.forEach((theme, indicators) -> {
            Element fieldset = form.appendElement("fieldset").addClass("pack-theme");
            fieldset.appendElement("legend").text(theme);
            indicators.forEach(indicator ->
                    checkbox(fieldset, indicator, followed.isEmpty() || followed.contains(indicator.id())));
        });
        form.appendElement("button")
                .attr("type", "submit")
                .id("board-list-save")
                .addClass("show-button")
                .text("Save the board's indicators");
        return form;
    }

    private static void checkbox(Element fieldset, Indicator indicator, boolean ticked) {
        String id = "board-" + indicator.id();
        Element line = fieldset.appendElement("div").addClass("pack-indicator");
        Element box = line.appendElement("input")
                .attr("type", "checkbox")
                .id(id)
                .attr("name", "indicators")
                .val(indicator.id());
        if (ticked) {
            box.attr("checked", "");
        }
        line.appendElement("label").attr("for", id).text(indicator.title());
    }

    private static void hidden(Element form, String name, String value) {
        form.appendElement("input").attr("type", "hidden").attr("name", name).val(value);
    }
}
