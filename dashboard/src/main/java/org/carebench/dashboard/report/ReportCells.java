package org.carebench.dashboard.report;

import java.util.List;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Direction;
import org.carebench.dashboard.scorecard.ScorecardRow;

/**
 * The report's table as text, one list per indicator, shared by the HTML, Word and PDF forms so that
 * they cannot disagree. Directions are in words: a printed page has no colour to lean on.
 */
final class ReportCells {

    static final List<String> HEADERS =
            List.of("Indicator", "Authority", "Change", "Neighbours", "Region", "England", "Rank", "Band");

    private ReportCells() {}

    static List<String> of(ScorecardRow row) {
        Comparison c = row.comparison();
        return List.of(
                row.indicator().title(),
                FigureFormat.figure(c.la()),
                change(c.direction()),
                FigureFormat.average(c.neighbours()),
                FigureFormat.figure(c.region()),
                FigureFormat.figure(c.england()),
                c.rank() == null ? "–" : c.rank().position() + " of " + c.rank().of(),
                c.quartile() == null ? "–" : c.quartile());
    }

    static String change(Direction d) {
        if (d == null || d.change() == null) {
            return "–";
        }
        String judgement = "none".equals(d.judgement()) ? "" : " (" + d.judgement() + ")";
        // A hyphen for the minus sign: PDF's standard fonts have no U+2212, and paper and PDF must read alike.
        return FigureFormat.change(d.change()).replace('\u2212', '-') + " since " + d.previousPeriod() + judgement;
    }

    static String sourceNote(ScorecardRow row) {
        String definition =
                row.indicator().definition() == null ? "" : row.indicator().definition();
        String caveats = row.indicator().caveats() == null
                ? ""
                : " Caveats: " + row.indicator().caveats();
        return definition + caveats;
    }
}
