package org.carebench.pipeline.importing;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.carebench.pipeline.definition.Layout;
import org.carebench.pipeline.definition.LayoutMatch;
import org.carebench.pipeline.definition.LayoutMatcher;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Stages the sheets of an xlsx workbook that a layout recognises. Streams rows (memory stays flat
 * however big the workbook) and finds the header row below any title rows a sheet starts with;
 * sheets laid out as old-style tables go to {@link TableSheetStager}.
 */
final class XlsxStager {

    /** How far down a sheet its header row may sit, below titles and notes. */
    private static final int HEADER_SEARCH_ROWS = 30;

    private final DataFormatter formatter = new DataFormatter();
    private final LayoutMatcher matcher;
    private final List<Layout> tableLayouts;

    XlsxStager(LayoutMatcher matcher, List<Layout> layouts) {
        this.matcher = matcher;
        this.tableLayouts = layouts.stream()
                .filter(layout -> layout.recognition().table() != null)
                .toList();
    }

    /** One staged table per recognised sheet; every other sheet, with what it shows, for reporting. */
    record Result(List<StagedFile> staged, List<UnrecognisedSheet> unrecognised) {}

    Result stage(DuckDBConnection connection, Path file, String sha256, boolean sample, TableNames names)
            throws SQLException {
        List<StagedFile> staged = new ArrayList<>();
        List<UnrecognisedSheet> unrecognised = new ArrayList<>();
        try (Workbook workbook = open(file)) {
            for (Sheet sheet : workbook) {
                Iterator<SheetRow> rows = rows(file, sheet);
                List<SheetRow> top = top(rows);
                Optional<Layout> table = tableLayout(sheet.getSheetName(), top);
                if (table.isPresent()) {
                    staged.add(new TableSheetStager(table.get())
                            .stage(
                                    connection,
                                    file,
                                    sheet.getSheetName(),
                                    sha256,
                                    sample,
                                    concat(top, rows),
                                    names.next()));
                    continue;
                }
                Optional<StagedFile> byHeader =
                        stageByHeader(connection, file, sheet.getSheetName(), sha256, sample, top, rows, names);
                byHeader.ifPresent(staged::add);
                if (byHeader.isEmpty()) {
                    unrecognised.add(unrecognised(sheet.getSheetName(), top));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportFailure failure) {
                throw failure;
            }
            throw new ImportFailure(
                    file.getFileName() + ": not a readable xlsx workbook: " + CsvStager.firstLine(rootMessage(e)));
        }
        return new Result(staged, unrecognised);
    }

    /** The sheet's first rows, and a table rule that names the sheet but whose title they lack. */
    private UnrecognisedSheet unrecognised(String sheet, List<SheetRow> top) {
        String tableRule = tableLayouts.stream()
                .filter(layout ->
                        sheet.strip().equalsIgnoreCase(layout.recognition().sheet()))
                .map(layout -> "definition '" + layout.name() + "' (jobs/layouts/" + layout.name()
                        + ".yml) takes the sheet '" + layout.recognition().sheet() + "' when its first rows read '"
                        + layout.recognition().table().title() + "', and this sheet's do not")
                .findFirst()
                .orElse(null);
        return new UnrecognisedSheet(sheet, top.stream().map(SheetRow::cells).toList(), tableRule);
    }

    /** The innermost cause says what went wrong (POI's zip-bomb guard, a damaged part), not its wrappers. */
    private static String rootMessage(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            message = cause.getMessage() != null ? cause.getMessage() : message;
        }
        return message;
    }

    /** The layouts the workbook's sheets are recognised as, complete or not, without staging anything. */
    List<Layout> recognise(Path file) throws IOException {
        List<Layout> layouts = new ArrayList<>();
        try (Workbook workbook = open(file)) {
            for (Sheet sheet : workbook) {
                List<SheetRow> top = top(rows(file, sheet));
                tableLayout(sheet.getSheetName(), top)
                        .or(() -> headerRow(file, sheet.getSheetName(), top)
                                .map(header -> header.match().layout()))
                        .ifPresent(layouts::add);
            }
        }
        return layouts;
    }

    private static Workbook open(Path file) {
        WorkbookGuard.check(file);
        return StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.toFile());
    }

    private static List<SheetRow> top(Iterator<SheetRow> rows) {
        List<SheetRow> top = new ArrayList<>();
        while (top.size() < HEADER_SEARCH_ROWS && rows.hasNext()) {
            top.add(rows.next());
        }
        return top;
    }

    private Optional<Layout> tableLayout(String sheet, List<SheetRow> top) {
        return tableLayouts.stream()
                .filter(layout -> isTableOf(layout.recognition(), sheet, top))
                .findFirst();
    }

    private static boolean isTableOf(Layout.Recognition recognition, String sheet, List<SheetRow> top) {
        return (recognition.sheet() == null || recognition.sheet().equalsIgnoreCase(sheet.strip()))
                && top.stream()
                        .flatMap(row -> row.cells().stream())
                        .anyMatch(text -> text.contains(recognition.table().title()));
    }

    private Optional<StagedFile> stageByHeader(
            DuckDBConnection connection,
            Path file,
            String sheet,
            String sha256,
            boolean sample,
            List<SheetRow> top,
            Iterator<SheetRow> rest,
            TableNames names)
            throws SQLException {
        Optional<HeaderRow> header = headerRow(file, sheet, top);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        int i = header.get().index();
        List<String> headers = top.get(i).cells();
        String table = names.next();
        long count = append(connection, table, headers.size(), concat(top.subList(i + 1, top.size()), rest));
        Map<String, String> columns = new LinkedHashMap<>();
        header.get().match().fieldColumns().forEach((field, index) -> columns.put(field, "c" + index));
        return Optional.of(new StagedFile(
                file, sheet, sha256, sample, header.get().match(), headers, table, columns, "_row", count));
    }

    /** A row of the sheet's first rows that a layout's headers match, and the match. */
    private record HeaderRow(int index, LayoutMatch match) {}

    private Optional<HeaderRow> headerRow(Path file, String sheet, List<SheetRow> top) {
        for (int i = 0; i < top.size(); i++) {
            Optional<LayoutMatch> match =
                    matcher.match(top.get(i).cells(), file.getFileName().toString(), sheet);
            if (match.isPresent()) {
                return Optional.of(new HeaderRow(i, match.get()));
            }
        }
        return Optional.empty();
    }

    private static long append(DuckDBConnection connection, String table, int width, Iterator<SheetRow> rows)
            throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE " + table + " (_row INTEGER");
        for (int i = 0; i < width; i++) {
            ddl.append(", c").append(i).append(" VARCHAR");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl.append(')').toString());
        }
        long count = 0;
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            while (rows.hasNext()) {
                SheetRow row = rows.next();
                appender.beginRow().append(row.number());
                for (int i = 0; i < width; i++) {
                    appender.append(i < row.cells().size() ? row.cells().get(i) : null);
                }
                appender.endRow();
                count++;
            }
        }
        return count;
    }

    private Iterator<SheetRow> rows(Path file, Sheet sheet) {
        Iterator<Row> rows = sheet.iterator();
        return new Iterator<>() {
            public boolean hasNext() {
                return rows.hasNext();
            }

            public SheetRow next() {
                Row row = rows.next();
                return new SheetRow(row.getRowNum() + 1, texts(file, sheet.getSheetName(), row));
            }
        };
    }

    /** The rows already read to find the header, then the rest of the sheet, still streamed. */
    private static Iterator<SheetRow> concat(List<SheetRow> first, Iterator<SheetRow> rest) {
        Iterator<SheetRow> head = first.iterator();
        return new Iterator<>() {
            public boolean hasNext() {
                return head.hasNext() || rest.hasNext();
            }

            public SheetRow next() {
                return head.hasNext() ? head.next() : rest.next();
            }
        };
    }

    private List<String> texts(Path file, String sheet, Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            while (texts.size() < cell.getColumnIndex()) {
                texts.add("");
            }
            texts.add(WorkbookCells.text(formatter, cell, file.getFileName() + ", sheet '" + sheet + "'"));
        }
        return texts;
    }
}
