package org.carebench.dashboard.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.comparison.ComparisonService;
import org.carebench.dashboard.figures.Comparison;
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
    private final ComparisonService comparisons;

    public ReportService(ScorecardService scorecards, ComparisonService comparisons) {
        this.scorecards = scorecards;
        this.comparisons = comparisons;
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
        BoardReport report = report(request);
        return ReportDocx.write(report, trends(report));
    }

    /** Each row's trend up to the report's year: the latest ten years at most, as the indicator page draws. */
    private Map<String, List<Comparison>> trends(BoardReport report) {
        Map<String, List<Comparison>> trends = new LinkedHashMap<>();
        for (ScorecardRow row : report.rows()) {
            String id = row.indicator().id();
            List<Comparison> upToYear =
                    comparisons
                            .series(
                                    id,
                                    report.request().la(),
                                    report.scorecard().model(),
                                    report.request().average())
                            .stream()
                            .filter(c -> c.period() <= report.scorecard().period())
                            .toList();
            trends.put(id, upToYear.subList(Math.max(0, upToYear.size() - 10), upToYear.size()));
        }
        return trends;
    }

    public byte[] pdf(ReportRequest request) {
        return ReportPdf.write(ReportHtml.document(report(request)));
    }
}
