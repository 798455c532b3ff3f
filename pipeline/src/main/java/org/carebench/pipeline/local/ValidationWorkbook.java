package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The validation report as a workbook for the data team: a Summary sheet (each DfE rule's code,
 * message, table, rows and children flagged) and a sheet per table listing each flagged row's child,
 * rule, fields and what was found. Streamed, so a large extract's findings never sit in memory twice.
 * A table sheet lists at most {@link #ROWS_PER_SHEET} findings and says so in its first row: past
 * that a sheet is no longer worked through by hand, and writing it would cost more than the whole
 * import; the CSV report keeps every finding.
 */
final class ValidationWorkbook {

    static final int ROWS_PER_SHEET = 10_000;

    private ValidationWorkbook() {}

    static Path write(Path file, List<ValidationError> errors, List<RuleSummary> summaries, String heading, Path csv)
            throws IOException {
        Files.createDirectories(file.getParent());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet summary = workbook.createSheet("Summary");
            row(summary, 0, heading);
            row(summary, 1, "Rule", "Table", "DfE message", "Rows", "Children", "Fatal");
            int next = 2;
            for (RuleSummary rule : summaries) {
                Row row = row(summary, next++, rule.rule(), rule.table(), rule.message());
                row.createCell(3).setCellValue(rule.rows());
                row.createCell(4).setCellValue(rule.children());
                row.createCell(5).setCellValue(rule.fatal() ? "yes" : "no");
            }
            Map<String, List<ValidationError>> byTable = errors.stream()
                    .collect(Collectors.groupingBy(
                            error -> error.table() == null ? "Extract" : error.table(),
                            TreeMap::new,
                            Collectors.toList()));
            for (Map.Entry<String, List<ValidationError>> table : byTable.entrySet()) {
                Sheet sheet = workbook.createSheet(table.getKey());
                List<ValidationError> found = table.getValue();
                int line = 0;
                if (found.size() > ROWS_PER_SHEET) {
                    row(
                            sheet,
                            line++,
                            String.format(
                                    "The first %,d of %,d findings in this table; %s lists them all.",
                                    ROWS_PER_SHEET, found.size(), csv.getFileName()));
                }
                row(sheet, line++, "Child", "Rule", "Fields", "Found");
                for (ValidationError error : found.subList(0, Math.min(found.size(), ROWS_PER_SHEET))) {
                    row(sheet, line++, error.child(), error.rule(), error.field(), error.message());
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }
}
