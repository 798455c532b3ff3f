package org.carebench.dashboard.report;

import java.util.List;
import org.carebench.dashboard.scorecard.Scorecard;
import org.carebench.dashboard.scorecard.ScorecardRow;

/** "Performance on a page": the scorecard's rows for the indicators the board follows, in scorecard order. */
public record BoardReport(ReportRequest request, Scorecard scorecard, List<ScorecardRow> rows) {

    public String title() {
        return "Children in care: performance on a page, " + scorecard.la().name();
    }

    public String subtitle() {
        return "Year ending 31 March " + scorecard.period() + ". As of DfE release "
                + String.join(", ", scorecard.asOf().releases()) + ". Compared with England, "
                + (scorecard.region() == null ? "" : scorecard.region().name() + ", ") + "and "
                + scorecard.model() + " statistical neighbours (" + scorecard.average() + ").";
    }
}
