package org.carebench.dashboard.indicator.ui;

import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.base.ui.HtmlTables;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Comparison;
import org.jsoup.nodes.Element;

/**
 * The chart's figures as a plain HTML table with a caption and header cells, which screen readers
 * navigate well; one row per year.
 */
final class ComparisonTable {

    private ComparisonTable() {}

    static Element of(ComparisonPage page) {
        Element table = new Element("table")
                .id("comparison-table")
                .addClass("comparison-table")
                .addClass("figures-table");
        String caption = page.indicator().title() + ": " + page.la().name()
                + " compared with England, its region and its statistical neighbours";
        table.appendElement("caption").text(caption);
        Comparison selected = page.selected();
        Element header = table.appendElement("thead").appendElement("tr");
        for (String text : new String[] {
            "Year",
            page.la().name(),
            "England",
            page.region() == null ? "Region" : page.region().name(),
            "Statistical neighbours (" + selected.neighbours().average() + ", "
                    + selected.neighbours().model() + " model)",
            "Neighbours with a figure",
            page.la().name() + " figure's release"
        }) {
            HtmlTables.headerCell(header, text, "col");
        }
        Element body = table.appendElement("tbody");
        for (Comparison c : page.series()) {
            Element row = body.appendElement("tr");
            HtmlTables.headerCell(row, String.valueOf(c.period()), "row");
            figure(row, c.la());
            figure(row, c.england());
            figure(row, c.region());
            row.appendElement("td").text(FigureFormat.average(c.neighbours()));
            row.appendElement("td")
                    .text(c.neighbours().count() + " of "
                            + c.neighbours().members().size());
            row.appendElement("td").text(c.la().release() == null ? "–" : c.la().release());
            if (c.period() == selected.period()) {
                row.addClass("selected-period");
            }
        }
        return HtmlTables.scrollBox(table, caption);
    }

    private static void figure(Element row, AreaFigure figure) {
        Element cell = row.appendElement("td");
        if (figure == null) {
            HtmlTables.figure(cell, null, null, null);
        } else {
            HtmlTables.figure(cell, figure.value(), figure.status(), FigureFormat.figure(figure));
        }
    }
}
