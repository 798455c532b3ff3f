package org.carebench.dashboard.pack.ui;

import static org.carebench.dashboard.base.ui.IndicatorCheckboxes.hidden;

import org.carebench.dashboard.base.ui.IndicatorCheckboxes;
import org.carebench.dashboard.pack.PackIndicators;
import org.carebench.dashboard.scorecard.Scorecard;
import org.carebench.dashboard.scorecard.ScorecardRow;
import org.jsoup.nodes.Element;

/**
 * The plain HTML form that asks the API for the pack: the selection in hidden fields, a box for each
 * indicator grouped by theme, the session's default set ticked. The browser submits it itself
 * ({@code router-ignore}), so the file downloads and the page stays.
 */
final class PackForm {

    static final String ID = "pack-form";

    private PackForm() {}

    static Element of(Scorecard card) {
        Element form = new Element("form")
                .id(ID)
                .attr("action", "api/v1/pack")
                .attr("method", "get")
                .attr("router-ignore", "");
        hidden(form, "la", card.la().code());
        hidden(form, "period", String.valueOf(card.period()));
        hidden(form, "sn", card.model());
        hidden(form, "average", card.average());
        IndicatorCheckboxes.appendByTheme(
                form,
                card.rows().stream().map(ScorecardRow::indicator).toList(),
                "pack-",
                PackIndicators.DEFAULT::contains);
        Element audience = form.appendElement("p");
        audience.appendElement("label").attr("for", "pack-audience").text("Audience ");
        Element select = audience.appendElement("select").id("pack-audience").attr("name", "audience");
        select.appendElement("option")
                .val("internal")
                .text("Internal: the council's own staff")
                .attr("selected", "");
        select.appendElement("option").val("public").text("Public: small local numbers withheld");
        form.appendElement("button")
                .attr("type", "submit")
                .id("pack-download")
                .addClass("show-button")
                .text("Download the training pack (.pptx)");
        return form;
    }
}
