package org.carebench.pipeline.importing;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.carebench.pipeline.definition.Layout;
import org.carebench.pipeline.definition.LayoutMatch;
import org.carebench.pipeline.definition.LayoutMatcher;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Reads one of DfE's pre-EES Excel tables into tidy staging rows: one row per area and value
 * column, the column named by its header cells (carried right across merged cells, footnote marks
 * dropped) and its year taken from the headers, or else from the title. The columns are found by
 * what they hold, never by position: the areas' names are in the column of the first cell reading
 * England, the LA codes in the column left of it where the first 3-digit code appears, the figures
 * to the right (DfE's 2015 and 2016 workbooks put them one column apart, and tables of one workbook
 * differ too).
 */
final class TableSheetStager {

    static final List<String> FIELDS = List.of(
            "level",
            "country_code",
            "country_name",
            "region_name",
            "la_code",
            "la_name",
            "period",
            "measure",
            "value",
            "whole");
    private static final Pattern FIGURE = Pattern.compile("[0-9][0-9,.]*|[x.:c-]|\\.\\.");
    private static final String ENGLAND_CODE = "E92000001";
    private static final Pattern LA_CODE = Pattern.compile("\\d{3}");

    private final Layout layout;
    private int nameColumn = -1;
    private int codeColumn = -1;

    TableSheetStager(Layout layout) {
        this.layout = layout;
    }

    StagedFile stage(
            DuckDBConnection connection,
            Path file,
            String sheet,
            String sha256,
            boolean sample,
            Iterator<SheetRow> rows,
            String table)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            StringBuilder ddl = new StringBuilder("CREATE TABLE " + table + " (_row INTEGER");
            for (int i = 0; i < FIELDS.size(); i++) {
                ddl.append(", c").append(i).append(" VARCHAR");
            }
            statement.execute(ddl.append(')').toString());
        }
        List<List<String>> headerRows = new ArrayList<>();
        SheetRow above = null;
        TableColumns columns = null;
        long count = 0;
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            while (rows.hasNext()) {
                SheetRow row = rows.next();
                List<String> cells = row.cells();
                if (columns == null) {
                    nameColumn = englandColumn(cells);
                    if (nameColumn < 0) {
                        headerRows.add(cells);
                        above = row;
                        continue;
                    }
                    if (!hasFigures(cells) && above != null && isFiguresOnly(above.cells())) {
                        // the 2016 workbook's LAI3 gives England's figures on the row above its label
                        headerRows.remove(headerRows.size() - 1);
                        row = new SheetRow(above.number(), withName(above.cells(), cell(cells, nameColumn)));
                        cells = row.cells();
                    }
                    columns = new TableColumns(
                            headerRows, nameColumn, layout.recognition().table());
                }
                String name = cell(cells, nameColumn).strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (codeColumn < 0) {
                    codeColumn = codeColumn(cells);
                }
                count += append(appender, row.number(), cells, name, columns);
            }
        }
        if (columns == null) {
            throw new ImportFailure(file.getFileName() + ", sheet '" + sheet + "': no row for England, so the table's"
                    + " data rows cannot be found (layout '" + layout.name() + "')");
        }
        LayoutMatch match = LayoutMatcher.resolve(layout, FIELDS);
        Map<String, String> fields = new LinkedHashMap<>();
        match.fieldColumns().forEach((field, index) -> fields.put(field, "c" + index));
        return new StagedFile(file, sheet, sha256, sample, match, FIELDS, table, fields, "_row", count);
    }

    private int append(DuckDBAppender appender, int rowNumber, List<String> cells, String name, TableColumns columns)
            throws SQLException {
        String code = codeColumn < 0 ? "" : cell(cells, codeColumn).strip();
        boolean la = LA_CODE.matcher(code).matches();
        String level = la ? "Local authority" : name.equalsIgnoreCase("England") ? "National" : "Regional";
        int appended = 0;
        for (int column = nameColumn + 1; column < columns.width(); column++) {
            String value = cell(cells, column).strip();
            String measure = columns.measure(column);
            if (value.isEmpty() || measure.isEmpty()) {
                continue;
            }
            int whole = columns.wholeColumn(column);
            appender.beginRow()
                    .append(rowNumber)
                    .append(level)
                    .append(level.equals("National") ? ENGLAND_CODE : null)
                    .append(level.equals("National") ? "England" : null)
                    .append(level.equals("Regional") ? name : null)
                    .append(la ? code : null)
                    .append(la ? name : null)
                    .append(columns.period(column))
                    .append(measure)
                    .append(value)
                    .append(whole < 0 ? null : cell(cells, whole).strip())
                    .endRow();
            appended++;
        }
        return appended;
    }

    private boolean hasFigures(List<String> cells) {
        for (int i = nameColumn + 1; i < cells.size(); i++) {
            if (!cell(cells, i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Figures right of the names column and nothing at or left of it: a data row that lost its label. */
    private boolean isFiguresOnly(List<String> cells) {
        for (int i = 0; i <= nameColumn; i++) {
            if (!cell(cells, i).isBlank()) {
                return false;
            }
        }
        return hasFigures(cells)
                && cells.subList(nameColumn + 1, cells.size()).stream()
                        .map(text -> text == null ? "" : text.strip())
                        .allMatch(text -> text.isEmpty() || FIGURE.matcher(text).matches());
    }

    private List<String> withName(List<String> cells, String name) {
        List<String> named = new ArrayList<>(cells);
        while (named.size() <= nameColumn) {
            named.add("");
        }
        named.set(nameColumn, name);
        return named;
    }

    /** The column of the cell reading England, which starts the data; -1 in a title or header row. */
    private static int englandColumn(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null && cells.get(i).strip().equalsIgnoreCase("England")) {
                return i;
            }
        }
        return -1;
    }

    /** The column, left of the names, where this row holds a 3-digit LA code; -1 before the first LA row. */
    private int codeColumn(List<String> cells) {
        for (int i = 0; i < nameColumn; i++) {
            if (LA_CODE.matcher(cell(cells, i).strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }
}
