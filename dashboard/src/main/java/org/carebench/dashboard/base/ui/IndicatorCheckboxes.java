package org.carebench.dashboard.base.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.carebench.dashboard.figures.Indicator;
import org.jsoup.nodes.Element;

/**
 * Plain form parts shared by the pages that choose indicators (the pack, the board's list): a labelled
 * tick box per indicator, grouped by theme in the order given, and hidden fields for the selection.
 */
public final class IndicatorCheckboxes {

    private IndicatorCheckboxes() {}

    /** Appends one fieldset per theme; box ids are {@code idPrefix + indicator id}, all named "indicators". */
    public static void appendByTheme(
            Element form, List<Indicator> indicators, String idPrefix, Predicate<String> ticked) {
        Map<String, List<Indicator>> byTheme = new LinkedHashMap<>();
        indicators.forEach(
                i -> byTheme.computeIfAbsent(i.theme(), t -> new ArrayList<>()).add(i));
        byTheme.forEach((theme, inTheme) -> {
            Element fieldset = form.appendElement("fieldset").addClass("pack-theme");
            fieldset.appendElement("legend").text(theme);
            inTheme.forEach(indicator -> checkbox(fieldset, indicator, idPrefix, ticked.test(indicator.id())));
        });
    }

    public static void hidden(Element form, String name, String value) {
        form.appendElement("input").attr("type", "hidden").attr("name", name).val(value);
    }

    private static void checkbox(Element fieldset, Indicator indicator, String idPrefix, boolean ticked) {
        String id = idPrefix + indicator.id();
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
}
