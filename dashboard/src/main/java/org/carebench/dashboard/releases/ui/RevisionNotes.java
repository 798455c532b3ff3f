package org.carebench.dashboard.releases.ui;

import java.util.List;
import java.util.Optional;
import org.carebench.dashboard.base.ui.DfeSymbols;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.base.ui.HtmlFragment;
import org.carebench.dashboard.releases.FirstPublished;
import org.jsoup.nodes.Element;

/**
 * For the indicator page: the years whose figure a later release revised, each with the value first
 * published ("first published as 76 in the 2024 release"), so a reader comparing with an old paper
 * knows why the figures differ.
 */
public final class RevisionNotes {

    private RevisionNotes() {}

    public static Optional<HtmlFragment> of(String areaName, List<FirstPublished> revised) {
        if (revised.isEmpty()) {
            return Optional.empty();
        }
        Element notes = new Element("div").id("revision-notes").addClass("revision-notes");
        notes.appendElement("p").text("Revised figures for " + areaName + ":");
        Element list = notes.appendElement("ul");
        revised.forEach(year -> list.appendElement("li").text(sentence(year)));
        return Optional.of(new HtmlFragment(HtmlFragment.Markup.of(notes)));
    }

    static String sentence(FirstPublished year) {
        return year.period() + ": " + text(year.currentValue(), year.currentStatus()) + " in the "
                + year.currentRelease() + " release, first published as " + text(year.firstValue(), year.firstStatus())
                + " in the " + year.firstRelease() + " release.";
    }

    private static String text(Double value, String status) {
        if (value != null) {
            return FigureFormat.number(value);
        }
        String symbol = status == null ? "–" : status;
        String meaning = DfeSymbols.MEANINGS.get(symbol);
        return meaning == null ? symbol : symbol + " (" + meaning + ")";
    }
}
