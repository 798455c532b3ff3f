package org.carebench.dashboard.api;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles an export uses, made once per workbook (Excel limits how many a file may hold). */
final class XlsxStyles {

    private final CellStyle header;
    private final CellStyle whole;
    private final CellStyle decimal;
    private final CellStyle plainWhole;
    private final CellStyle quoted;
    private final CellStyle symbol;
    private final CellStyle wrapped;

    XlsxStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        whole = format(workbook, "#,##0");
        decimal = format(workbook, "#,##0.0##");
        // Years, codes and ranks read wrong with a thousands separator: 2024, never 2,024.
        plainWhole = format(workbook, "0");
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        symbol = workbook.createCellStyle();
        symbol.setAlignment(HorizontalAlignment.RIGHT);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
    }

    private static CellStyle format(Workbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    void header(Cell cell, String text) {
        cell.setCellValue(text);
        cell.setCellStyle(header);
    }

    void number(Cell cell, Number number) {
        double value = number.doubleValue();
        cell.setCellValue(value);
        boolean integerType = number instanceof Integer || number instanceof Long;
        cell.setCellStyle(integerType ? plainWhole : value == Math.rint(value) ? whole : decimal);
    }

    /** Text that starts like a formula is marked as text, so the spreadsheet shows it and runs nothing. */
    void text(Cell cell, String text) {
        cell.setCellValue(text);
        if (SpreadsheetText.looksLikeFormula(text)) {
            cell.setCellStyle(quoted);
        }
    }

    void symbol(Cell cell, String text) {
        cell.setCellValue(text);
        cell.setCellStyle(symbol);
    }

    void wrapped(Cell cell, String text) {
        text(cell, text);
        if (!SpreadsheetText.looksLikeFormula(text)) {
            cell.setCellStyle(wrapped);
        }
    }
}
