package org.carebench.dashboard.report;

import java.util.List;
import java.util.Map;
import org.carebench.dashboard.board.ReportChanges;
import org.carebench.dashboard.commentary.Comment;
import org.carebench.dashboard.scorecard.Scorecard;
import org.carebench.dashboard.scorecard.ScorecardRow;

/**
 * "Performance on a page": the scorecard's rows for the indicators the board follows, in scorecard
 * order, the commentary on them the audience may read (by indicator), and what changed since the
 * authority's last report.
 */
public record BoardReport(
        ReportRequest request,
        Scorecard scorecard,
        List<ScorecardRow> rows,
        Map<String, List<Comment>> comments,
        ReportChanges changes) {

    public String title() {
        return "Children in care: performance on a page, " + scorecard.la().name();
    }

    public String subtitle() {
        return "Year ending 31 March " + scorecard.period() + ". As of DfE release "
                + String.join(", ", scorecard.asOf().releases()) + ". Compared with England, "
                + (scorecard.region() == null ? "" : scorecard.region().name() + ", ") + "and "
                + scorecard.model() + " statistical neighbours (" + scorecard.average() + ").";
    }

    public List<Comment> commentsOn(String indicator) {
        return comments.getOrDefault(indicator, List.of());
    }
}
