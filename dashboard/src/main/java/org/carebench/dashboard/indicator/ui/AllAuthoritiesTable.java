package org.carebench.dashboard.indicator.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.base.ui.HtmlTables;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.figures.AreaFigure;
import org.jsoup.nodes.Element;

/**
 * Every local authority's figure for the selected year. The order lives in the address
 * ({@code sort=figure-desc}) like every other choice; the column headers are links, so sorting works
 * from the keyboard, and {@code aria-sort} tells screen readers the order. The chosen authority is
 * marked in words as well as by its background.
 */
final class AllAuthoritiesTable {

    static final List<String> ORDERS = List.of("name-asc", "name-desc", "figure-asc", "figure-desc");

    private AllAuthoritiesTable() {}

    static Element of(List<AreaFigure> figures, String chosen, String caption, Selection selection, String sort) {
        String order = ORDERS.contains(sort) ? sort : "name-asc";
        Element table = new Element("table").id("all-authorities").addClass("figures-table");
        table.appendElement("caption").text(caption);
        Element header = table.appendElement("thead").appendElement("tr");
        sortable(header, "Local authority", "name", order, selection);
        sortable(header, "Figure", "figure", order, selection);
        HtmlTables.headerCell(header, "Release", "col");
        Element body = table.appendElement("tbody");
        figures.stream().sorted(comparator(order)).forEach(f -> {
            Element row = body.appendElement("tr");
            Element name = HtmlTables.headerCell(row, f.name(), "row");
            if (f.code().equals(chosen)) {
                row.addClass("chosen").attr("aria-current", "true");
                name.appendText(" (chosen)");
            }
            HtmlTables.figure(row.appendElement("td"), f.value(), f.status(), FigureFormat.figure(f));
            row.appendElement("td").text(f.release() == null ? "–" : f.release());
        });
        return HtmlTables.scrollBox(table, caption).addClass("table-scroll-tall");
    }

    /** The header button that sorts by the column this order sorts by. */
    static String sortButtonId(String sort) {
        return "sort-" + (sort.startsWith("figure") ? 1 : 0);
    }

    /** Suppressed and missing figures sort last whichever the direction, never as 0. */
    private static Comparator<AreaFigure> comparator(String order) {
        boolean ascending = order.endsWith("-asc");
        if (order.startsWith("name")) {
            Comparator<AreaFigure> byName = Comparator.comparing(AreaFigure::name);
            return ascending ? byName : byName.reversed();
        }
        Comparator<Double> values = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(AreaFigure::value, Comparator.nullsLast(values))
                .thenComparing(AreaFigure::name);
    }

    private static void sortable(Element header, String text, String column, String order, Selection selection) {
        boolean sorted = order.startsWith(column);
        boolean ascending = order.endsWith("-asc");
        Element cell = HtmlTables.headerCell(header, "", "col")
                .attr("aria-sort", sorted ? (ascending ? "ascending" : "descending") : "none");
        String next = column + (sorted && ascending ? "-desc" : "-asc");
        Map<String, String> parameters = new HashMap<>();
        selection.toQueryParameters().getParameters().forEach((name, values) -> parameters.put(name, values.get(0)));
        parameters.put("sort", next);
        HtmlTables.link(
                        cell,
                        text + (sorted ? (ascending ? " ▲" : " ▼") : ""),
                        "indicator",
                        QueryParameters.simple(parameters))
                .id(sortButtonId(column))
                .addClass("sort-button")
                .attr(
                        "title",
                        "Sort by " + text.toLowerCase() + (next.endsWith("asc") ? ", ascending" : ", descending"));
    }
}
