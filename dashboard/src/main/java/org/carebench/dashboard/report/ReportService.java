package org.carebench.dashboard.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.board.BoardService;
import org.carebench.dashboard.commentary.CommentaryService;
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
    private final BoardService boards;
    private final CommentaryService commentary;
    private final ComparisonService comparisons;

    public ReportService(
            ScorecardService scorecards,
            BoardService boards,
            CommentaryService commentary,
            ComparisonService comparisons) {
        this.scorecards = scorecards;
        this.boards = boards;
        this.commentary = commentary;
        this.comparisons = comparisons;
    }

    /** The indicators asked for, else those the board follows, else (empty) every one with figures. */
    private List<String> wanted(ReportRequest request) {
        return request.indicators().isEmpty() ? boards.followed(request.la()) : request.indicators();
    }

    public BoardReport report(ReportRequest request) {
        Scorecard card = scorecards.scorecard(
                request.la(), request.period(), request.model(), request.average(), request.audience());
        List<String> wanted = wanted(request);
        List<ScorecardRow> rows = wanted.isEmpty()
                ? card.rows()
                : card.rows().stream()
                        .filter(row -> wanted.contains(row.indicator().id()))
                        .toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("none of the indicators " + wanted + " has figures for "
                    + card.la().name());
        }
        List<String> ids = rows.stream().map(row -> row.indicator().id()).toList();
        String la = card.la().code();
        return new BoardReport(
                request,
                card,
                rows,
                commentary.forFigures(la, card.period(), ids, request.audience()),
                boards.changes(la, ids));
    }

    public String html(ReportRequest request) {
        return ReportHtml.document(report(request)).html();
    }

    /** A Word paper; producing it is remembered, so the next report says what changed since. */
    public byte[] docx(ReportRequest request) {
        BoardReport report = report(request);
        return produced(report, ReportDocx.write(report, trends(report)));
    }

    /** Each row's trend up to the report's year: the latest ten years at most, as the indicator page draws. */
    private Map<String, List<Comparison>> trends(BoardReport report) {
        Map<String, List<Comparison>> trends = new LinkedHashMap<>();
        for (ScorecardRow row : report.rows()) {
            String id = row.indicator().id();
            if (row.comparison().england() == null) {
                continue; // a local-only figure (training records): no national trend to draw
            }
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

    /** A PDF, remembered as {@link #docx} is. */
    public byte[] pdf(ReportRequest request) {
        BoardReport report = report(request);
        return produced(report, ReportPdf.write(ReportHtml.document(report)));
    }

    private byte[] produced(BoardReport report, byte[] file) {
        boards.produced(report.scorecard().la().code(), report.changes().currentSnapshot());
        return file;
    }
}
