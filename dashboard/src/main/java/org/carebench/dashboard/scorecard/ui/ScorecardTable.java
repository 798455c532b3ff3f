package org.carebench.dashboard.scorecard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.base.ui.HtmlTables;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.scorecard.Scorecard;
import org.carebench.dashboard.scorecard.ScorecardRow;
import org.jsoup.nodes.Element;

/** The scorecard as one table: a body per theme, headed by the theme's name. */
final class ScorecardTable {

    private ScorecardTable() {}

    static Element of(Scorecard card, Selection selection, List<String> themeOrder) {
        boolean local = card.hasLocalFigures();
        Element table = new Element("table").id("scorecard").addClass("figures-table");
        String caption = card.la().name() + ": every indicator for the year ending 31 March " + card.period()
                + ", beside its statistical neighbours (" + card.average() + ", " + card.model() + " model), "
                + (card.region() == null ? "" : card.region().name() + ", ") + "England";
        table.appendElement("caption").text(caption);
        List<String> headers = new ArrayList<>(List.of("Indicator", card.la().name(), "Change since last year"));
        if (local) {
            headers.add("Local, unpublished");
        }
        headers.addAll(List.of(
                "Neighbours' " + card.average(),
                card.region() == null ? "Region" : card.region().name(),
                "England",
                "Rank (1 = best)",
                "Band",
                "Against England, allowing for chance"));
        Element head = table.appendElement("thead").appendElement("tr");
        headers.forEach(text -> HtmlTables.headerCell(head, text, "col"));
        themes(card, themeOrder).forEach((theme, rows) -> {
            Element body = table.appendElement("tbody").addClass("theme");
            HtmlTables.headerCell(body.appendElement("tr"), theme, "colgroup")
                    .attr("colspan", String.valueOf(headers.size()))
                    .addClass("theme-heading");
            rows.forEach(row -> ScorecardRowCells.add(body.appendElement("tr"), row, local, selection));
        });
        return HtmlTables.scrollBox(table, caption);
    }

    /** Themes in the order of the catalogue's outline; any theme not in it goes last. */
    private static Map<String, List<ScorecardRow>> themes(Scorecard card, List<String> themeOrder) {
        Map<String, List<ScorecardRow>> themes = new LinkedHashMap<>();
        themeOrder.forEach(theme -> themes.put(theme, new ArrayList<>()));
        card.rows()
                .forEach(row -> themes.computeIfAbsent(row.indicator().theme(), t -> new ArrayList<>())
                        .add(row));
        themes.values().removeIf(List::isEmpty);
        return themes;
    }
}
