package org.carebench.dashboard.comparison.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
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
        table.addClassName("comparison-table");
        table.setCaptionText(page.indicator().title() + ": " + page.la().name()
                + " compared with England, its region and its statistical neighbours");
        Comparison selected = page.selected();
        NativeTableRow header = table.getHead().addRow();
        header.add(column("Year"), column(page.la().name()), column("England"),
                column(page.region() == null ? "Region" : page.region().name()),
                column("Statistical neighbours (" + selected.neighbours().average() + ", "
                        + selected.neighbours().model() + " model)"),
                column("Neighbours with a figure"));
        NativeTableBody body = table.addBody();
        for (Comparison c : page.series()) {
            NativeTableRow row = body.addRow();
            NativeTableHeaderCell year = new NativeTableHeaderCell(String.valueOf(c.period()));
            year.getElement().setAttribute("scope", "row");
            row.add(year, cell(FigureFormat.figure(c.la())), cell(FigureFormat.figure(c.england())),
                    cell(FigureFormat.figure(c.region())), cell(FigureFormat.average(c.neighbours())),
                    cell(c.neighbours().count() + " of " + c.neighbours().members().size()));
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

    private static NativeTableCell cell(String text) {
        return new NativeTableCell(text);
    }
}
