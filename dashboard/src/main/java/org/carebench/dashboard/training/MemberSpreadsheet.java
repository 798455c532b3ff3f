package org.carebench.dashboard.training;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The members' spreadsheet: a CSV or XLSX file whose first row names the columns of the template
 * ({@link MemberTemplate}), one member a row. An error names the file, the sheet, the row and the column.
 */
public final class MemberSpreadsheet {

    static final List<String> COLUMNS = List.of("name", "kind", "from", "to");
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private MemberSpreadsheet() {}

    public static List<MemberEntry> read(String fileName, byte[] content) {
        String name = fileName == null ? "(unnamed file)" : fileName;
        if (content.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException(name + " is over 5 MB: a members list is far smaller");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return entries(name + ", sheet " + MemberTemplate.SHEET, MemberWorkbook.rows(name, content));
        }
        if (lower.endsWith(".csv")) {
            return entries(name, csvRows(name, content));
        }
        throw new IllegalArgumentException(name + " is neither a CSV nor an Excel workbook (.xlsx)");
    }

    private static List<String[]> csvRows(String name, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        if (text.indexOf('\uFFFD') >= 0 || text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(name + " is not UTF-8 text: save it as \"CSV UTF-8\"");
        }
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(text)) {
            return rows.readAll();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(name + " cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    /** Rows to entries: the first row's headings say which column is which. */
    private static List<MemberEntry> entries(String where, List<String[]> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(where + " has no heading row (" + String.join(", ", COLUMNS) + ")");
        }
        int[] index = new int[COLUMNS.size()];
        String[] headings = rows.get(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            index[c] = find(headings, COLUMNS.get(c));
            if (index[c] < 0 && c < 3) {
                throw new IllegalArgumentException(where + ", row 1: no column headed '" + COLUMNS.get(c)
                        + "' (the template's columns are " + String.join(", ", COLUMNS) + ")");
            }
        }
        List<MemberEntry> entries = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (String.join("", row).isBlank()) {
                continue;
            }
            String at = where + ", row " + (r + 1);
            entries.add(MemberEntry.parse(
                    cell(row, index[0]), cell(row, index[1]), cell(row, index[2]), cell(row, index[3]), at));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(where + " lists no members below its heading row");
        }
        return entries;
    }

    private static int find(String[] headings, String column) {
        for (int i = 0; i < headings.length; i++) {
            if (headings[i] != null && headings[i].strip().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(String[] row, int index) {
        return index < 0 || index >= row.length ? null : row[index];
    }
}
