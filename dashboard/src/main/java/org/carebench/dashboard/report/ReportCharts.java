package org.carebench.dashboard.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.carebench.dashboard.export.TrendChart;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.scorecard.ScorecardRow;

/**
 * Each indicator's trend in the Word paper as a native chart (the same {@link TrendChart} as the
 * training pack's slides), so the committee clerk can restyle it and its figures travel inside it.
 */
final class ReportCharts {

    /** Text width of A4 with Word's default margins, and a height that fits two charts to a page. */
    private static final int WIDTH = Units.toEMU(450);

    private static final int HEIGHT = Units.toEMU(250);

    private ReportCharts() {}

    /** A "Trends" section: for every row with a trend, its title and a line chart. */
    static void append(XWPFDocument doc, List<ScorecardRow> rows, Map<String, List<Comparison>> trends) {
        XWPFParagraph heading = doc.createParagraph();
        heading.setStyle("Heading1");
        heading.setPageBreak(true);
        run(heading, "Trends: authority, statistical neighbours, region and England", 13, true);
        for (ScorecardRow row : rows) {
            List<Comparison> trend = trends.getOrDefault(row.indicator().id(), List.of());
            if (trend.isEmpty()) {
                continue;
            }
            XWPFParagraph title = doc.createParagraph();
            run(
                    title,
                    row.indicator().title() + ", years ending 31 March "
                            + trend.get(0).period() + " to "
                            + trend.get(trend.size() - 1).period(),
                    10,
                    true);
            try {
                XWPFChart chart = doc.createChart(doc.createParagraph().createRun(), WIDTH, HEIGHT);
                TrendChart.draw(chart, trend, 9);
            } catch (InvalidFormatException | IOException e) {
                throw new UncheckedIOException(
                        "Cannot add the chart of " + row.indicator().id() + " to the board report",
                        e instanceof IOException io ? io : new IOException(e));
            }
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily("Arial");
    }
}
