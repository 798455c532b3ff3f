package org.carebench.dashboard.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.carebench.dashboard.figures.Comparison;
import org.carebench.dashboard.scorecard.ScorecardRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The board report as a Word paper, as committees circulate them: the table is a Word table (one row
 * per indicator, a theme row before each group), on A4, then each trend as a native chart, then what
 * each figure means on its own page.
 */
final class ReportDocx {

    /** Column widths in twentieths of a point: A4's text width, most of it for the indicator's name. */
    private static final int[] WIDTHS = {1900, 1250, 1150, 1350, 900, 1000, 850, 700};

    private ReportDocx() {}

    static byte[] write(BoardReport report, Map<String, List<Comparison>> trends) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            text(doc, report.title(), 16, true, "Title");
            text(doc, report.subtitle(), 10, false, null);
            XWPFTable table = doc.createTable(1, ReportCells.HEADERS.size());
            table.setWidth("100%");
            fill(table.getRow(0), ReportCells.HEADERS, true);
            String theme = null;
            for (ScorecardRow row : report.rows()) {
                if (!row.indicator().theme().equals(theme)) {
                    theme = row.indicator().theme();
                    themeRow(table.createRow(), theme);
                }
                fill(table.createRow(), ReportCells.of(row), false);
            }
            ReportCharts.append(doc, report.rows(), trends);
            XWPFParagraph changes = text(doc, ReportNotes.CHANGES_HEADING, 13, true, "Heading1");
            changes.setPageBreak(true);
            text(doc, ReportNotes.changesIntro(report.changes()), 10, false, null);
            for (String line : ReportNotes.changeLines(report)) {
                text(doc, "• " + line, 10, false, null);
            }
            text(doc, "What the figures mean", 13, true, "Heading1");
            for (ScorecardRow row : report.rows()) {
                text(doc, row.indicator().title(), 10, true, null);
                text(doc, ReportCells.sourceNote(row), 10, false, null);
                report.commentsOn(row.indicator().id())
                        .forEach(c -> text(doc, ReportNotes.comment(c), 10, false, null)
                                .setIndentationLeft(284));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the board report", e);
        }
    }

    private static void a4(XWPFDocument doc) {
        CTPageSz size = doc.getDocument().getBody().addNewSectPr().addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
    }

    private static XWPFParagraph text(XWPFDocument doc, String text, int size, boolean bold, String style) {
        XWPFParagraph paragraph = doc.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily("Arial");
        return paragraph;
    }

    /** A theme's heading across the whole table, as one cell. */
    private static void themeRow(XWPFTableRow row, String theme) {
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        var properties = row.getCell(0).getCTTc().isSetTcPr()
                ? row.getCell(0).getCTTc().getTcPr()
                : row.getCell(0).getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(WIDTHS.length));
        fill(row, List.of(theme), true);
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.getCell(i);
            if (cells.size() == WIDTHS.length) {
                cell.setWidth(String.valueOf(WIDTHS[i]));
            }
            XWPFRun run = cell.getParagraphs().get(0).createRun();
            run.setText(cells.get(i));
            run.setFontSize(9);
            run.setBold(bold);
            run.setFontFamily("Arial");
        }
    }
}
