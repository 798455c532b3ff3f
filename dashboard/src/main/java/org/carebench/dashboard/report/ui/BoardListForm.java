package org.carebench.dashboard.report.ui;

import static org.carebench.dashboard.base.ui.IndicatorCheckboxes.hidden;

import java.util.List;
import org.carebench.dashboard.base.ui.CsrfField;
import org.carebench.dashboard.base.ui.IndicatorCheckboxes;
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
        IndicatorCheckboxes.appendByTheme(
                form,
                card.rows().stream().map(ScorecardRow::indicator).toList(),
                "board-",
                id -> followed.isEmpty() || followed.contains(id));
        form.appendElement("button")
                .attr("type", "submit")
                .id("board-list-save")
                .addClass("show-button")
                .text("Save the board's indicators");
        return form;
    }
}
