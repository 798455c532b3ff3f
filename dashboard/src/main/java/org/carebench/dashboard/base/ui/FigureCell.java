package org.carebench.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Map;

/**
 * A figure as text, or DfE's symbol in its place with the symbol's meaning on hover and to screen
 * readers. A missing or suppressed figure is never shown as 0.
 */
public final class FigureCell {

    /** DfE's symbols, as its explore-education-statistics service explains them. */
    public static final Map<String, String> SYMBOLS = Map.of(
            "c", "confidential: suppressed to protect individuals",
            "x", "not available",
            "z", "not applicable",
            "k", "fewer than 0.5, rounds to 0",
            "low", "rounds to 0, but is not 0",
            "u", "low reliability",
            "–", "no figure for this period");

    private FigureCell() {
    }

    public static Component of(Double value, String status, String text) {
        if (value != null) {
            return new Span(text);
        }
        String symbol = status == null ? "–" : status;
        String meaning = SYMBOLS.getOrDefault(symbol, "published as " + symbol);
        Element abbr = new Element("abbr").setText(symbol).setAttribute("title", meaning);
        abbr.getClassList().add("symbol");
        // The title shows on hover; the hidden text reaches screen readers and keyboard users.
        Span meaningText = new Span(" (" + meaning + ")");
        meaningText.addClassName("visually-hidden");
        Span cell = new Span();
        cell.getElement().appendChild(abbr);
        cell.add(meaningText);
        return cell;
    }
}
