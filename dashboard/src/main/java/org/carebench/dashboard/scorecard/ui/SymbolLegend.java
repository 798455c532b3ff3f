package org.carebench.dashboard.scorecard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.TreeMap;
import org.carebench.dashboard.base.ui.DfeSymbols;

/** What the symbols, arrows and band letters mean, in words: nothing is said by colour alone. */
final class SymbolLegend {

    private SymbolLegend() {
    }

    static Div create() {
        UnorderedList list = new UnorderedList();
        new TreeMap<>(DfeSymbols.MEANINGS).forEach((symbol, meaning) -> list.add(new ListItem(symbol + ": " + meaning)));
        list.add(new ListItem("▲ / ▼: up or down since the previous year, with \"better\" or \"worse\" where the "
                + "indicator has a direction that is better"));
        list.add(new ListItem("Rank: 1 = best among the local authorities with a figure; band A = best quarter, "
                + "D = worst quarter"));
        list.add(new ListItem("Local figures are the council's own, unpublished, and are never counted in ranks, "
                + "bands or neighbour averages"));
        Div legend = new Div(new H3("Key"), list);
        legend.addClassName("legend");
        return legend;
    }
}
