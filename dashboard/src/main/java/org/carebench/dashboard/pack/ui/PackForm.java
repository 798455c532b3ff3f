package org.carebench.dashboard.pack.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.figures.Indicator;
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
        Map<String, List<Indicator>> byTheme = new LinkedHashMap<>();
        card.rows().stream()
                .map(ScorecardRow::indicator)
                .forEach(i -> byTheme.computeIfAbsent(i.theme(), t -> new java.util.ArrayList<>())
                        .add(i));
        byTheme.forEach((theme, indicators) -> {
            Element fieldset = form.appendElement("fieldset").addClass("pack-theme");
            fieldset.appendElement("legend").text(theme);
            indicators.forEach(indicator -> checkbox(fieldset, indicator));
        });
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

    private static void checkbox(Element fieldset, Indicator indicator) {
        String id = "pack-" + indicator.id();
        Element line = fieldset.appendElement("div").addClass("pack-indicator");
        Element box = line.appendElement("input")
                .attr("type", "checkbox")
                .id(id)
                .attr("name", "indicators")
                .val(indicator.id());
        if (PackIndicators.DEFAULT.contains(indicator.id())) {
            box.attr("checked", "");
        }
        line.appendElement("label").attr("for", id).text(indicator.title());
    }

    private static void hidden(Element form, String name, String value) {
        form.appendElement("input").attr("type", "hidden").attr("name", name).val(value);
    }
}
