package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import org.carebench.dashboard.comparison.AreaFigure;
import org.carebench.dashboard.comparison.Neighbour;
import org.carebench.dashboard.comparison.NeighbourAverage;

/** The statistical neighbours in the model's order with DfE's closeness label and each one's figure. */
public final class NeighbourTable {

    private NeighbourTable() {
    }

    public static NativeTable of(String id, String caption, List<Neighbour> neighbours, NeighbourAverage figures) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("figures-table");
        table.setCaptionText(caption);
        NativeTableRow header = table.getHead().addRow();
        for (String text : List.of("Position", "Neighbour", "Closeness", "Figure")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        NativeTableBody body = table.addBody();
        for (Neighbour n : neighbours) {
            AreaFigure figure = figures.members().stream().filter(m -> m.code().equals(n.area().code()))
                    .findFirst().orElse(null);
            NativeTableHeaderCell name = new NativeTableHeaderCell(n.area().name());
            name.getElement().setAttribute("scope", "row");
            NativeTableCell value = new NativeTableCell();
            value.add(figure == null ? FigureCell.of(null, null, null)
                    : FigureCell.of(figure.value(), figure.status(), FigureFormat.figure(figure)));
            body.addRow().add(new NativeTableCell(String.valueOf(n.position())), name,
                    new NativeTableCell(n.closeness() == null ? "–" : n.closeness()), value);
        }
        NativeTableRow average = body.addRow();
        average.addClassName("average-row");
        NativeTableHeaderCell label = new NativeTableHeaderCell("Neighbours' " + figures.average() + " ("
                + figures.count() + " of " + figures.members().size() + " with a figure)");
        label.getElement().setAttribute("scope", "row");
        label.getElement().setAttribute("colspan", "3");
        average.add(label, new NativeTableCell(FigureFormat.average(figures)));
        return table;
    }
}
