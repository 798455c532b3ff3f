package org.carebench.dashboard.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carebench.dashboard.base.ui.FigureFormat;
import org.carebench.dashboard.board.FigureChange;
import org.carebench.dashboard.board.ReportChanges;
import org.carebench.dashboard.commentary.Comment;
import org.carebench.dashboard.figures.Indicator;
import org.carebench.dashboard.scorecard.ScorecardRow;

/**
 * The report's words beyond its table, shared by the HTML, Word and PDF forms: what changed since
 * the last report, and each comment as one line.
 */
final class ReportNotes {

    static final String CHANGES_HEADING = "Since the last report";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private ReportNotes() {}

    /** The sentence that opens the section: which report the figures are compared with. */
    static String changesIntro(ReportChanges changes) {
        if (changes.firstReport()) {
            return "First report: nothing to compare.";
        }
        String last = "the last report, produced " + DATE.format(changes.earlierProducedAt()) + " from snapshot "
                + changes.earlierSnapshot();
        if (!changes.earlierKept()) {
            return "The warehouse no longer keeps the snapshot of " + last + ": nothing to compare.";
        }
        return changes.changes().isEmpty()
                ? "No new or revised figures since " + last + "."
                : "New and revised figures since " + last + ":";
    }

    /** One line per new year or revised figure of the indicators the report shows. */
    static List<String> changeLines(BoardReport report) {
        Map<String, Indicator> indicators = report.rows().stream()
                .map(ScorecardRow::indicator)
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
        return report.changes().changes().stream()
                .map(change -> line(indicators.get(change.indicator()).title(), change))
                .toList();
    }

    static String line(String title, FigureChange change) {
        return change.newPeriod()
                ? title + ": new figure for " + change.period() + ": " + value(change.after())
                : title + ", " + change.period() + ": revised from " + value(change.before()) + " to "
                        + value(change.after());
    }

    static String comment(Comment c) {
        return "Comment, " + DATE.format(c.writtenAt()) + ", " + c.author() + (c.internal() ? " (internal)" : "") + ": "
                + c.text();
    }

    private static String value(FigureChange.Value v) {
        return v.value() != null ? FigureFormat.number(v.value()) : v.status();
    }
}
