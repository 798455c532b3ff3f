package org.carebench.dashboard.indicator.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.stream.Collectors;
import org.carebench.dashboard.comparison.ComparisonPage;
import org.carebench.dashboard.comparison.Indicator;

/** What the figure means, where it comes from and what to beware of. */
final class IndicatorNotes {

    private IndicatorNotes() {
    }

    static Div of(ComparisonPage page) {
        Indicator i = page.indicator();
        DescriptionList list = new DescriptionList();
        add(list, "Definition", i.definition());
        add(list, "Which direction is better", switch (i.polarity()) {
            case HIGHER -> "Higher is better";
            case LOWER -> "Lower is better";
            case NONE -> "No judgement: not ranked or banded";
        });
        add(list, "Source", i.source());
        add(list, "Caveats", i.caveats());
        add(list, "Files", page.sources().stream()
                .map(s -> s.fileName() + (s.release() == null ? "" : " (release " + s.release() + ")")
                        + (s.sample() ? " [sample]" : ""))
                .collect(Collectors.joining("; ")));
        Div notes = new Div(new H3("About this indicator"), list);
        notes.setId("indicator-notes");
        return notes;
    }

    private static void add(DescriptionList list, String term, String text) {
        list.add(new DescriptionList.Term(term),
                new DescriptionList.Description(text == null || text.isBlank() ? "None recorded" : text));
    }
}
