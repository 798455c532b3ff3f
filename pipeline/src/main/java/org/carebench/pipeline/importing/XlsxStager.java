package org.carebench.pipeline.importing;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.carebench.pipeline.definition.LayoutMatch;
import org.carebench.pipeline.definition.LayoutMatcher;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Stages the sheets of an xlsx workbook that a layout recognises. Streams rows (memory stays flat
 * however big the workbook) and finds the header row below any title rows a sheet starts with.
 */
final class XlsxStager {

    /** How far down a sheet its header row may sit, below titles and notes. */
    private static final int HEADER_SEARCH_ROWS = 30;

    private final DataFormatter formatter = new DataFormatter();
    private final LayoutMatcher matcher;

    XlsxStager(LayoutMatcher matcher) {
        this.matcher = matcher;
    }

    /** One staged table per recognised sheet; the headers seen, for reporting, when none is recognised. */
    record Result(List<StagedFile> staged, List<String> firstHeaders) {}

    Result stage(DuckDBConnection connection, Path file, String sha256, boolean sample, TableNames names)
            throws SQLException {
        List<StagedFile> staged = new ArrayList<>();
        List<String> firstHeaders = List.of();
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.toFile())) {
            for (Sheet sheet : workbook) {
                SheetReader reader = new SheetReader(sheet);
                Optional<LayoutMatch> match = reader.findHeader(file.getFileName().toString());
                if (match.isPresent()) {
                    staged.add(reader.stage(connection, file, sha256, sample, match.get(), names.next()));
                } else if (firstHeaders.isEmpty()) {
                    firstHeaders = reader.lastHeaders;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportFailure failure) {
                throw failure;
            }
            throw new ImportFailure(file.getFileName() + ": not a readable xlsx workbook: "
                    + CsvStager.firstLine(e.getMessage()));
        }
        return new Result(staged, firstHeaders);
    }

    private List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            while (texts.size() < cell.getColumnIndex()) {
                texts.add("");
            }
            texts.add(formatter.formatCellValue(cell));
        }
        return texts;
    }

    private final class SheetReader {
        private final Sheet sheet;
        private final java.util.Iterator<Row> rows;
        private List<String> headers = List.of();
        private List<String> lastHeaders = List.of();

        SheetReader(Sheet sheet) {
            this.sheet = sheet;
            this.rows = sheet.iterator();
        }

        Optional<LayoutMatch> findHeader(String fileName) {
            for (int seen = 0; seen < HEADER_SEARCH_ROWS && rows.hasNext(); seen++) {
                List<String> candidate = texts(rows.next());
                if (candidate.stream().anyMatch(text -> !text.isBlank())) {
                    lastHeaders = candidate;
                }
                Optional<LayoutMatch> match = matcher.match(candidate, fileName, sheet.getSheetName());
                if (match.isPresent()) {
                    headers = candidate;
                    return match;
                }
            }
            return Optional.empty();
        }

        StagedFile stage(DuckDBConnection connection, Path file, String sha256, boolean sample, LayoutMatch match,
                         String table) throws SQLException {
            StringBuilder ddl = new StringBuilder("CREATE TABLE " + table + " (_row INTEGER");
            for (int i = 0; i < headers.size(); i++) {
                ddl.append(", c").append(i).append(" VARCHAR");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(ddl.append(')').toString());
            }
            long count = 0;
            try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    List<String> values = texts(row);
                    appender.beginRow().append(row.getRowNum() + 1);
                    for (int i = 0; i < headers.size(); i++) {
                        appender.append(i < values.size() ? values.get(i) : null);
                    }
                    appender.endRow();
                    count++;
                }
            }
            Map<String, String> columns = new LinkedHashMap<>();
            match.fieldColumns().forEach((field, index) -> columns.put(field, "c" + index));
            return new StagedFile(file, sheet.getSheetName(), sha256, sample, match, headers, table, columns, "_row",
                    count);
        }
    }
}
