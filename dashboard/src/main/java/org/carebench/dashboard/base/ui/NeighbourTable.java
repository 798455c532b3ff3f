package org.carebench.dashboard.base.ui;

import java.util.List;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Neighbour;
import org.carebench.dashboard.figures.NeighbourAverage;
import org.jsoup.nodes.Element;

/** The statistical neighbours in the model's order with DfE's closeness label and each one's figure. */
public final class NeighbourTable {

    private NeighbourTable() {}

    public static Element of(String id, String caption, List<Neighbour> neighbours, NeighbourAverage figures) {
        Element table = new Element("table").id(id).addClass("figures-table");
        table.appendElement("caption").text(caption);
        Element header = table.appendElement("thead").appendElement("tr");
        for (String text : List.of("Position", "Neighbour", "Closeness", "Figure")) {
            HtmlTables.headerCell(header, text, "col");
        }
        Element body = table.appendElement("tbody");
        for (Neighbour n : neighbours) {
            AreaFigure figure = figures.members().stream()
                    .filter(m -> m.code().equals(n.area().code()))
                    .findFirst()
                    .orElse(null);
            Element row = body.appendElement("tr");
            row.appendElement("td").text(String.valueOf(n.position()));
            HtmlTables.headerCell(row, n.area().name(), "row");
            row.appendElement("td").text(n.closeness() == null ? "–" : n.closeness());
            Element value = row.appendElement("td");
            if (figure == null) {
                HtmlTables.figure(value, null, null, null);
            } else {
                HtmlTables.figure(value, figure.value(), figure.status(), FigureFormat.figure(figure));
            }
        }
        Element average = body.appendElement("tr").addClass("average-row");
        HtmlTables.headerCell(
                        average,
                        "Neighbours' " + figures.average() + " (" + figures.count() + " of "
                                + figures.members().size() + " with a figure)",
                        "row")
                .attr("colspan", "3");
        average.appendElement("td").text(FigureFormat.average(figures));
        return HtmlTables.scrollBox(table, caption);
    }
}
