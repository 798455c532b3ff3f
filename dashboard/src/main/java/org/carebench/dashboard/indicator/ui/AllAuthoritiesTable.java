package org.carebench.dashboard.indicator.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import org.carebench.dashboard.base.ui.FigureCell;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.comparison.AreaFigure;

/**
 * Every local authority's figure for the selected year. Column headers are buttons, so sorting works
 * from the keyboard; {@code aria-sort} tells screen readers the order. The chosen authority is
 * marked in words as well as by its background.
 */
class AllAuthoritiesTable extends Composite<Div> {

    private final List<AreaFigure> figures;
    private final String chosen;
    private final String caption;
    private int sortColumn = 0;
    private boolean ascending = true;

    AllAuthoritiesTable(List<AreaFigure> figures, String chosen, String caption) {
        this.figures = figures;
        this.chosen = chosen;
        this.caption = caption;
        getContent().addClassName("table-scroll");
        render();
    }

    private void render() {
        NativeTable table = new NativeTable();
        table.setId("all-authorities");
        table.addClassName("figures-table");
        table.setCaptionText(caption);
        NativeTableRow header = table.getHead().addRow();
        header.add(sortable("Local authority", 0), sortable("Figure", 1), plain("Release"));
        NativeTableBody body = table.addBody();
        figures.stream().sorted(order()).forEach(f -> {
            NativeTableRow row = body.addRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(f.name());
            name.getElement().setAttribute("scope", "row");
            if (f.code().equals(chosen)) {
                row.addClassName("chosen");
                row.getElement().setAttribute("aria-current", "true");
                Span marker = new Span(" (chosen)");
                name.add(marker);
            }
            NativeTableCell value = new NativeTableCell();
            value.add(FigureCell.of(f.value(), f.status(), FigureFormat.figure(f)));
            row.add(name, value, new NativeTableCell(f.release() == null ? "–" : f.release()));
        });
        getContent().removeAll();
        getContent().add(table);
    }

    /** Suppressed and missing figures sort last whichever the direction, never as 0. */
    private Comparator<AreaFigure> order() {
        if (sortColumn == 0) {
            Comparator<AreaFigure> byName = Comparator.comparing(AreaFigure::name);
            return ascending ? byName : byName.reversed();
        }
        Comparator<Double> values = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(AreaFigure::value, Comparator.nullsLast(values))
                .thenComparing(AreaFigure::name);
    }

    private NativeTableHeaderCell sortable(String text, int column) {
        NativeTableHeaderCell cell = plain("");
        boolean sorted = column == sortColumn;
        cell.getElement().setAttribute("aria-sort", sorted ? (ascending ? "ascending" : "descending") : "none");
        NativeButton button = new NativeButton(text + (sorted ? (ascending ? " ▲" : " ▼") : ""), e -> {
            ascending = column != sortColumn || !ascending;
            sortColumn = column;
            render();
        });
        button.setId("sort-" + column);
        button.addClassName("sort-button");
        cell.add(button);
        return cell;
    }

    private static NativeTableHeaderCell plain(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
