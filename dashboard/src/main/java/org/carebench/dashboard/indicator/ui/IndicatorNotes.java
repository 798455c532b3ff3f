package org.carebench.dashboard.indicator.ui;

import java.util.stream.Collectors;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.figures.Indicator;
import org.jsoup.nodes.Element;

/** What the figure means, where it comes from and what to beware of. */
final class IndicatorNotes {

    private IndicatorNotes() {}

    static Element of(ComparisonPage page) {
        Indicator i = page.indicator();
        Element notes = new Element("div").id("indicator-notes");
        notes.appendElement("h2").text("About this indicator");
        Element list = notes.appendElement("dl");
        add(list, "Definition", i.definition());
        add(
                list,
                "Which direction is better",
                switch (i.polarity()) {
                    case HIGHER -> "Higher is better";
                    case LOWER -> "Lower is better";
                    case NONE -> "No judgement: not ranked or banded";
                });
        add(list, "Source", i.source());
        add(list, "Caveats", i.caveats());
        add(
                list,
                "Files",
                page.sources().stream()
                        .map(s -> s.fileName()
                                + (s.release() == null ? "" : " (release " + s.release() + ")")
                                + (s.sample() ? " [sample]" : ""))
                        .collect(Collectors.joining("; ")));
        return notes;
    }

    private static void add(Element list, String term, String text) {
        list.appendElement("dt").text(term);
        list.appendElement("dd").text(text == null || text.isBlank() ? "None recorded" : text);
    }
}
