package org.carebench.dashboard.report;

import java.util.List;
import org.carebench.dashboard.scorecard.Scorecard;
import org.carebench.dashboard.scorecard.ScorecardRow;
import org.carebench.dashboard.scorecard.ScorecardService;
import org.springframework.stereotype.Service;

/**
 * The board report, read through the scorecard service the scorecard page uses: the same figures,
 * bands and directions, as a print page, a Word paper or a PDF.
 */
@Service
public class ReportService {

    private final ScorecardService scorecards;

    public ReportService(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    public BoardReport report(ReportRequest request) {
        Scorecard card = scorecards.scorecard(
                request.la(), request.period(), request.model(), request.average(), request.audience());
        List<ScorecardRow> rows = request.indicators().isEmpty()
                ? card.rows()
                : card.rows().stream()
                        .filter(row ->
                                request.indicators().contains(row.indicator().id()))
                        .toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("none of the indicators " + request.indicators() + " has figures for "
                    + card.la().name());
        }
        return new BoardReport(request, card, rows);
    }

    public String html(ReportRequest request) {
        return ReportHtml.document(report(request)).html();
    }

    public byte[] docx(ReportRequest request) {
        return ReportDocx.write(report(request));
    }

    public byte[] pdf(ReportRequest request) {
        return ReportPdf.write(ReportHtml.document(report(request)));
    }
}
