package org.carebench.dashboard.api;

/**
 * Text from the warehouse (names, definitions, local extract labels) goes into spreadsheets people
 * open with a double click. A cell that starts like a formula would be run by the spreadsheet, so
 * such text is marked as text: quoted in CSV, written with Excel's quote prefix in XLSX. Numbers are
 * never text: a negative figure is a number.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The CSV form: a leading apostrophe, which spreadsheets show as text and do not evaluate. */
    public static Object forCsv(Object value) {
        return value instanceof String text && looksLikeFormula(text) ? "'" + text : value;
    }
}
