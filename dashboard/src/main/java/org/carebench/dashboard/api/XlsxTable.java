package org.carebench.dashboard.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as an Excel workbook: the figures (numbers as numbers, with a number format; a withheld
 * figure as DfE's symbol in text), a key to the symbols, and notes on each indicator and the selection.
 */
public final class XlsxTable {

    static final String FIGURES = "Figures";
    static final String KEY = "Key";
    static final String NOTES = "Notes";

    private XlsxTable() {}

    public static byte[] write(TableExport table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            figures(workbook.createSheet(FIGURES), table.rows(), styles);
            new XlsxNotes(styles).write(workbook, table);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook", e);
        }
    }

    private static void figures(Sheet sheet, List<Map<String, Object>> rows, XlsxStyles styles) {
        if (rows.isEmpty()) {
            styles.text(sheet.createRow(0).createCell(0), "No figures for this selection");
            return;
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            styles.header(header.createCell(i), columns.get(i));
            sheet.setColumnWidth(i, Math.min(40, Math.max(10, columns.get(i).length() + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Map<String, Object> values = rows.get(r);
            Row row = sheet.createRow(r + 1);
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                cell(row.createCell(i), values.get(column), symbolFor(column, values), styles);
            }
        }
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, rows.size(), 0, columns.size() - 1));
    }

    private static void cell(Cell cell, Object value, String symbol, XlsxStyles styles) {
        if (value instanceof Number number) {
            styles.number(cell, number);
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value != null) {
            styles.text(cell, value.toString());
        } else if (symbol != null) {
            styles.symbol(cell, symbol);
        }
    }

    /** DfE's symbol for a withheld {@code x_value}, from the row's {@code x_status}: shown in its place. */
    private static String symbolFor(String column, Map<String, Object> row) {
        if (!column.endsWith("_value")) {
            return null;
        }
        Object status = row.get(column.substring(0, column.length() - "_value".length()) + "_status");
        return status == null ? null : status.toString();
    }
}
