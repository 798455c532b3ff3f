package org.carebench.pipeline.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carebench.pipeline.definition.Layout;

/**
 * The value columns of one of DfE's pre-EES tables, read from the header rows above its first data
 * row: each column's measure (its header cells top to bottom, a label carried right until the
 * next, footnote marks dropped) and its year (from its headers, else from the title). A table that
 * gives only counts names its whole column, so each figure can be a share of the whole of its own
 * row and year.
 */
final class TableColumns {

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?<=[A-Za-z)])\\d+$");

    private final List<String> measures = new ArrayList<>();
    private final List<String> periods = new ArrayList<>();
    private final Map<String, Integer> wholeByPeriod = new HashMap<>();

    TableColumns(List<List<String>> headerRows, int nameColumn, Layout.Table table) {
        List<String> names = names(headerRows, nameColumn);
        String titleYear = titleYear(headerRows, nameColumn);
        Pattern whole = table.whole() == null ? null : glob(table.whole());
        for (int column = 0; column < names.size(); column++) {
            Matcher year = YEAR.matcher(names.get(column));
            String period = year.find() ? year.group() : titleYear;
            String measure = YEAR.matcher(names.get(column))
                    .replaceAll("")
                    .replaceAll("( > )+", " > ")
                    .replaceAll("^ > | > $", "")
                    .strip();
            measures.add(measure);
            periods.add(period);
            if (whole != null && !measure.isEmpty() && whole.matcher(measure).matches()) {
                wholeByPeriod.putIfAbsent(period, column);
            }
        }
    }

    int width() {
        return measures.size();
    }

    /** The column's measure; empty for a column with no header. */
    String measure(int column) {
        return measures.get(column);
    }

    String period(int column) {
        return periods.get(column);
    }

    /** The column holding the whole for this column's year, or -1 when the table names none. */
    int wholeColumn(int column) {
        return wholeByPeriod.getOrDefault(periods.get(column), -1);
    }

    /**
     * A label is carried right until the next label of its row, or until a label of a row above
     * starts a new group: the 2015 workbook's SDQ table gives three years side by side, and a banding
     * label of the first year must not reach into the next. A row holding a single label (the units
     * note at the right edge) starts no group.
     */
    private static List<String> names(List<List<String>> headerRows, int nameColumn) {
        int width = headerRows.stream().mapToInt(List::size).max().orElse(0);
        List<StringBuilder> names = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            names.add(new StringBuilder());
        }
        boolean[] groupStarts = new boolean[width];
        for (List<String> row : headerRows) {
            String carried = "";
            for (int column = nameColumn + 1; column < width; column++) {
                String text = cell(row, column).strip();
                if (!text.isEmpty()) {
                    carried = FOOTNOTE_MARK.matcher(text).replaceAll("").strip();
                } else if (groupStarts[column]) {
                    carried = "";
                }
                if (!carried.isEmpty()) {
                    names.get(column)
                            .append(names.get(column).isEmpty() ? "" : " > ")
                            .append(carried);
                }
            }
            if (labels(row, nameColumn) > 1) {
                for (int column = nameColumn + 1; column < width; column++) {
                    groupStarts[column] |= !cell(row, column).isBlank();
                }
            }
        }
        return names.stream().map(StringBuilder::toString).toList();
    }

    private static long labels(List<String> row, int nameColumn) {
        return row.stream()
                .skip(nameColumn + 1L)
                .filter(text -> text != null && !text.isBlank())
                .count();
    }

    /**
     * The last year in the title rows, left of the value columns: a header such as "aged 5 or younger
     * at 31 March 2014" in the 2015 workbook names the children's age date, not the table's year.
     */
    private static String titleYear(List<List<String>> rows, int nameColumn) {
        String last = null;
        for (List<String> row : rows) {
            for (int column = 0; column <= nameColumn && column < row.size(); column++) {
                Matcher year = YEAR.matcher(cell(row, column));
                while (year.find()) {
                    last = year.group();
                }
            }
        }
        return last;
    }

    private static Pattern glob(String text) {
        StringBuilder regex = new StringBuilder();
        for (String part : text.split("\\*", -1)) {
            regex.append(regex.isEmpty() ? "" : ".*").append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }
}
