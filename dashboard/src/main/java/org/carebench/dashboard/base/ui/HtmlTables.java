package org.carebench.dashboard.base.ui;

import com.vaadin.flow.router.QueryParameters;
import org.jsoup.nodes.Element;

/**
 * Large read-only tables built as one HTML fragment with jsoup, which escapes every text and
 * attribute. The browser gets a single node instead of thousands of server-side components, which
 * keeps page views fast when many readers browse at once.
 */
public final class HtmlTables {

    private HtmlTables() {}

    public static Element headerCell(Element row, String text, String scope) {
        return row.appendElement("th").attr("scope", scope).text(text);
    }

    /** A link that Vaadin's router follows in the page, as a RouterLink does. */
    public static Element link(Element parent, String text, String route, QueryParameters query) {
        String href = query.getQueryString().isEmpty() ? route : route + "?" + query.getQueryString();
        return parent.appendElement("a")
                .attr("href", href.isEmpty() ? "." : href)
                .attr("router-link", "")
                .text(text);
    }

    /**
     * The table in a box of its own that scrolls sideways when the screen is narrower than the table,
     * so the page itself never does. Focusable and named, so keyboard users can scroll it too.
     */
    public static Element scrollBox(Element table, String label) {
        Element box = new Element("div")
                .addClass("table-scroll")
                .attr("tabindex", "0")
                .attr("role", "region")
                .attr("aria-label", label);
        box.appendChild(table);
        return box;
    }

    /** A figure, or DfE's symbol with its meaning on hover and, hidden, for screen readers. */
    public static void figure(Element parent, Double value, String status, String text) {
        if (value != null) {
            parent.appendText(text);
            return;
        }
        String symbol = status == null ? "–" : status;
        String meaning = DfeSymbols.MEANINGS.getOrDefault(symbol, "published as " + symbol);
        parent.appendElement("abbr").addClass("symbol").attr("title", meaning).text(symbol);
        parent.appendElement("span").addClass("visually-hidden").text(" (" + meaning + ")");
    }
}
