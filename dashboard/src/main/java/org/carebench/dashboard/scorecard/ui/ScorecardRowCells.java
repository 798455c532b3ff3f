package org.carebench.dashboard.scorecard.ui;

import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.base.ui.HtmlTables;
import org.carebench.dashboard.base.ui.Selection;
import org.carebench.dashboard.figures.AreaFigure;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.figures.Direction;
import org.carebench.dashboard.figures.LocalFigure;
import org.carebench.dashboard.figures.Verdict;
import org.carebench.dashboard.scorecard.ScorecardRow;
import org.jsoup.nodes.Element;

/** One indicator's cells; arrows and band letters carry their meaning in text as well as colour. */
final class ScorecardRowCells {

    private ScorecardRowCells() {}

    static void add(Element tr, ScorecardRow row, boolean localColumn, Selection selection) {
        tr.attr("data-indicator", row.indicator().id());
        Element name = HtmlTables.headerCell(tr, "", "row");
        HtmlTables.link(
                name,
                row.indicator().title(),
                "indicator",
                selection.withIndicator(row.indicator().id()).toQueryParameters());
        name.appendElement("span")
                .addClass("unit")
                .text(" (" + unit(row.indicator().unit()) + ")");
        Comparison c = row.comparison();
        figure(cell(tr, "la"), c.la());
        direction(cell(tr, "change"), c.direction());
        if (localColumn) {
            local(cell(tr, "local"), row.local(), c.period());
        }
        HtmlTables.figure(cell(tr, "neighbours"), c.neighbours().value(), null, FigureFormat.average(c.neighbours()));
        figure(cell(tr, "region"), c.region());
        figure(cell(tr, "england"), c.england());
        cell(tr, "rank")
                .text(
                        c.rank() == null
                                ? ""
                                : c.rank().position() + " of " + c.rank().of());
        Element band = cell(tr, "quartile");
        if (c.quartile() != null) {
            band.appendElement("span")
                    .addClass("band")
                    .addClass("band-" + c.quartile().toLowerCase())
                    .text(c.quartile());
        }
        significance(cell(tr, "significance"), c);
    }

    /** Against England, allowing for chance: the verdict in a word, the sentence behind it as its title. */
    private static void significance(Element td, Comparison c) {
        Verdict england = c.significance() == null ? null : c.significance().england();
        if (england == null) {
            return;
        }
        String word = england.verdict();
        td.attr("title", england.sentence())
                .appendElement("span")
                .addClass("verdict-" + word.replace(' ', '-'))
                .text(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        td.appendElement("span").addClass("visually-hidden").text(": " + england.sentence());
    }

    private static Element cell(Element tr, String column) {
        return tr.appendElement("td").addClass(column);
    }

    private static void figure(Element td, AreaFigure figure) {
        if (figure == null) {
            HtmlTables.figure(td, null, null, null);
        } else {
            HtmlTables.figure(td, figure.value(), figure.status(), FigureFormat.figure(figure));
        }
    }

    private static void direction(Element td, Direction d) {
        if (d == null || d.change() == null) {
            return;
        }
        String arrow = switch (d.movement()) {
            case "up" -> "▲";
            case "down" -> "▼";
            default -> "▶";
        };
        // Better or worse only where the change is larger than chance alone would give.
        String judged = d.verdict() == null ? "none" : d.verdict();
        String word = switch (judged) {
            case "better", "worse" -> " " + judged;
            case "similar" -> " (within chance)";
            default -> "";
        };
        td.appendElement("span")
                .addClass("judgement-" + (judged.equals("better") || judged.equals("worse") ? judged : "none"))
                .attr("title", "From " + FigureFormat.number(d.previousValue()) + " in " + d.previousPeriod())
                .text(arrow + " " + FigureFormat.change(d.change()) + word);
    }

    private static void local(Element td, LocalFigure local, int period) {
        if (local == null) {
            return;
        }
        td.attr("title", "Local, unpublished: " + local.extract());
        HtmlTables.figure(td, local.value(), local.status(), FigureFormat.number(local.value()));
        if (local.period() != period) {
            td.appendText(" (" + local.period() + ")");
        }
    }

    private static String unit(String unit) {
        return unit.replace("rate-per-10k", "per 10,000").replace("percent", "%");
    }
}
