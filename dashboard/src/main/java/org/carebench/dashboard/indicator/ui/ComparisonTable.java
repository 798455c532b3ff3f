package org.carebench.dashboard.indicator.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.carebench.dashboard.base.ui.FigureCell;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.comparison.AreaFigure;
import org.carebench.dashboard.comparison.Comparison;
import org.carebench.dashboard.comparison.ComparisonPage;

/**
 * The chart's figures as a plain HTML table with a caption and header cells, which screen readers
 * navigate well; one row per year.
 */
final class ComparisonTable {

    private ComparisonTable() {
    }

    static NativeTable of(ComparisonPage page) {
        NativeTable table = new NativeTable();
        table.setId("comparison-table");
        table.addClassNames("comparison-table", "figures-table");
        table.setCaptionText(page.indicator().title() + ": " + page.la().name()
                + " compared with England, its region and its statistical neighbours");
        Comparison selected = page.selected();
        NativeTableRow header = table.getHead().addRow();
        header.add(column("Year"), column(page.la().name()), column("England"),
                column(page.region() == null ? "Region" : page.region().name()),
                column("Statistical neighbours (" + selected.neighbours().average() + ", "
                        + selected.neighbours().model() + " model)"),
                column("Neighbours with a figure"), column(page.la().name() + " figure's release"));
        NativeTableBody body = table.addBody();
        for (Comparison c : page.series()) {
            NativeTableRow row = body.addRow();
            NativeTableHeaderCell year = new NativeTableHeaderCell(String.valueOf(c.period()));
            year.getElement().setAttribute("scope", "row");
            row.add(year, figure(c.la()), figure(c.england()), figure(c.region()), cell(FigureFormat.average(c.neighbours())),
                    cell(c.neighbours().count() + " of " + c.neighbours().members().size()),
                    cell(c.la().release() == null ? "–" : c.la().release()));
            if (c.period() == selected.period()) {
                row.addClassName("selected-period");
            }
        }
        return table;
    }

    private static NativeTableHeaderCell column(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static NativeTableCell figure(AreaFigure figure) {
        NativeTableCell cell = new NativeTableCell();
        cell.add(figure == null ? FigureCell.of(null, null, null)
                : FigureCell.of(figure.value(), figure.status(), FigureFormat.figure(figure)));
        return cell;
    }

    private static NativeTableCell cell(String text) {
        return new NativeTableCell(text);
    }
}
