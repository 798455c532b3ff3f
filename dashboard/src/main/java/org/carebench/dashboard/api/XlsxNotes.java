package org.carebench.dashboard.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.carebench.dashboard.figures.Indicator;
import org.carebench.dashboard.figures.SuppressionSymbols;

/** The sheets that let a workbook travel alone: a key to DfE's symbols, and what the figures are. */
final class XlsxNotes {

    private static final List<String> INDICATOR_COLUMNS =
            List.of("indicator", "title", "unit", "polarity", "definition", "source", "release", "caveats");

    private final XlsxStyles styles;

    XlsxNotes(XlsxStyles styles) {
        this.styles = styles;
    }

    void write(Workbook workbook, TableExport table) {
        key(workbook.createSheet(XlsxTable.KEY));
        notes(workbook.createSheet(XlsxTable.NOTES), table);
    }

    private void key(Sheet sheet) {
        Row header = sheet.createRow(0);
        styles.header(header.createCell(0), "symbol");
        styles.header(header.createCell(1), "meaning");
        int r = 1;
        for (var entry : new TreeMap<>(SuppressionSymbols.MEANINGS).entrySet()) {
            Row row = sheet.createRow(r++);
            styles.text(row.createCell(0), entry.getKey());
            styles.text(row.createCell(1), entry.getValue());
        }
        sheet.setColumnWidth(1, 50 * 256);
    }

    private void notes(Sheet sheet, TableExport table) {
        int r = 0;
        styles.header(sheet.createRow(r++).createCell(0), "Selection");
        for (var entry : table.selection().entrySet()) {
            Row row = sheet.createRow(r++);
            styles.text(row.createCell(0), entry.getKey());
            styles.text(row.createCell(1), entry.getValue());
        }
        r++;
        Row header = sheet.createRow(r++);
        for (int i = 0; i < INDICATOR_COLUMNS.size(); i++) {
            styles.header(header.createCell(i), INDICATOR_COLUMNS.get(i));
        }
        for (Indicator indicator : table.indicators()) {
            Row row = sheet.createRow(r++);
            List<String> cells = List.of(
                    indicator.id(),
                    indicator.title(),
                    indicator.unit(),
                    indicator.polarity().id(),
                    text(indicator.definition()),
                    text(indicator.source()),
                    releases(table.rows(), indicator.id()),
                    text(indicator.caveats()));
            for (int i = 0; i < cells.size(); i++) {
                styles.wrapped(row.createCell(i), cells.get(i));
            }
        }
        int[] widths = {24, 36, 12, 10, 60, 40, 24, 60};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** The releases the indicator's figures came from, as the rows name them ({@code *_release} columns). */
    private static String releases(List<Map<String, Object>> rows, String indicator) {
        return rows.stream()
                .filter(row -> Objects.equals(row.get("indicator"), indicator))
                .flatMap(row -> row.entrySet().stream())
                .filter(e -> e.getKey().endsWith("release") && e.getValue() != null)
                .map(e -> e.getValue().toString())
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .collect(Collectors.joining(", "));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
