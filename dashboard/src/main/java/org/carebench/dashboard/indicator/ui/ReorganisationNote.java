package org.carebench.dashboard.indicator.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carebench.dashboard.base.ui.HtmlTables;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.figures.Area;
import org.carebench.dashboard.figures.Reorganisation;
import org.jsoup.nodes.Element;

/**
 * Where an authority's history goes on under another council's name: the councils it took over from
 * (whose figures are the years before) or those that took over from it (the years after), each a
 * link to the same indicator for that council. The choice lists offer only current authorities, so
 * this is how a predecessor's figures are reached.
 */
final class ReorganisationNote {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReorganisationNote() {}

    static Element of(Area la, List<Reorganisation> changes, Selection selection) {
        Map<String, List<Reorganisation>> groups = new LinkedHashMap<>();
        changes.forEach(change -> groups.computeIfAbsent(
                        change.predecessor() + " " + change.effective(), k -> new ArrayList<>())
                .add(change));
        Element note = new Element("div").id("reorganisation").addClass("reorganisation-note");
        groups.values().forEach(group -> sentence(note.appendElement("p"), la, group, selection));
        return note;
    }

    private static void sentence(Element p, Area la, List<Reorganisation> group, Selection selection) {
        boolean predecessors = group.get(0).predecessor();
        LocalDate effective = group.get(0).effective();
        p.appendText(la.name() + (predecessors ? " took over from " : " was replaced by ")
                + names(la, group) + " on " + effective.format(DAY) + ". "
                + (predecessors ? "For figures before then, see " : "For later figures, see "));
        for (int i = 0; i < group.size(); i++) {
            if (i > 0) {
                p.appendText(i == group.size() - 1 ? " or " : ", ");
            }
            Area council = group.get(i).council();
            HtmlTables.link(
                    p,
                    label(la, council),
                    "indicator",
                    selection.withLa(council.code()).toQueryParameters());
        }
        p.appendText(".");
    }

    private static String names(Area la, List<Reorganisation> group) {
        List<String> names =
                group.stream().map(change -> label(la, change.council())).toList();
        return names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Dorset the county and Dorset the unitary council share a name: the code tells them apart. */
    private static String label(Area la, Area council) {
        return council.name().equals(la.name()) ? council.name() + " (LA " + council.code() + ")" : council.name();
    }
}
