package org.carebench.dashboard.scorecard.ui;

import java.util.TreeMap;
import org.carebench.dashboard.base.ui.DfeSymbols;
import org.carebench.dashboard.base.ui.HtmlFragment;
import org.jsoup.nodes.Element;

/** What the symbols, arrows and band letters mean, in words: nothing is said by colour alone. */
final class SymbolLegend {

    /** The same on every scorecard, so written once. */
    private static final HtmlFragment.Markup MARKUP = HtmlFragment.Markup.of(legend());

    private SymbolLegend() {}

    static HtmlFragment create() {
        return new HtmlFragment(MARKUP);
    }

    private static Element legend() {
        Element legend = new Element("div").addClass("legend");
        legend.appendElement("h2").text("Key");
        Element list = legend.appendElement("ul");
        new TreeMap<>(DfeSymbols.MEANINGS)
                .forEach((symbol, meaning) -> list.appendElement("li").text(symbol + ": " + meaning));
        list.appendElement("li")
                .text("▲ / ▼ / ▶: up, down or unchanged since the previous year, with \"better\" or \"worse\" "
                        + "where the indicator has a direction that is better");
        list.appendElement("li")
                .text("Rank: 1 = best among the local authorities with a figure; band A = best "
                        + "quarter, D = worst quarter");
        list.appendElement("li")
                .text("Local figures are the council's own, unpublished, and are never counted in "
                        + "ranks, bands or neighbour averages");
        return legend;
    }
}
