package org.carebench.dashboard.api;

/**
 * Text bound for a CSV or spreadsheet cell, made inert: a spreadsheet would run a cell starting with
 * {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) as a formula,
 * so such text gets a leading apostrophe (OWASP's advice). Numbers are not text and pass untouched.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
