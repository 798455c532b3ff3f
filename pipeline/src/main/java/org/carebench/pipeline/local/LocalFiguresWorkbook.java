package org.carebench.pipeline.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.definition.IndicatorDefinition;

/**
 * The local-figures workbook: figures a council keeps that no return carries, one a row (indicator,
 * period, value, notes). The product writes the template, listing the indicators it knows, and
 * reads it back; a row that cannot be read is reported and left out, the others are loaded.
 */
final class LocalFiguresWorkbook {

    static final String SHEET = "Local figures";
    static final List<String> COLUMNS = List.of("indicator", "period", "value", "notes");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    record Figure(String indicatorId, ReportingPeriod period, double value, String notes) {}

    record Contents(List<Figure> figures, List<ValidationError> errors) {}

    private LocalFiguresWorkbook() {}

    static void writeTemplate(Path file, Definitions definitions) throws IOException {
        try (Workbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet figures = workbook.createSheet(SHEET);
            Row header = figures.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
                figures.setColumnWidth(i, i == 3 ? 60 * 256 : 30 * 256);
            }
            Sheet guide = workbook.createSheet("Indicators");
            guide.createRow(0)
                    .createCell(0)
                    .setCellValue(
                            "indicator: one of the ids below. period: the period's last day, dd/mm/yyyy"
                                    + " (31/03/2025 for the year 2024-25, 30/09/2025 for the 12 months to September). value: a number.");
            int row = 2;
            for (IndicatorDefinition indicator : definitions.indicators().values()) {
                Row line = guide.createRow(row++);
                line.createCell(0).setCellValue(indicator.id());
                line.createCell(1).setCellValue(indicator.title());
                line.createCell(2).setCellValue(indicator.unit());
            }
            guide.setColumnWidth(0, 45 * 256);
            guide.setColumnWidth(1, 80 * 256);
            workbook.write(out);
        }
    }

    static Contents read(Path file, Definitions definitions) throws IOException {
        List<Figure> figures = new ArrayList<>();
        List<ValidationError> errors = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                errors.add(ValidationError.fatal(
                        "workbook-sheet", null, SHEET, null, file.getFileName() + " has no sheet '" + SHEET + "'"));
                return new Contents(figures, errors);
            }
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                String indicator = formatter.formatCellValue(row.getCell(0)).strip();
                if (row.getRowNum() == 0 || indicator.isEmpty()) {
                    continue;
                }
                String where = "row " + (row.getRowNum() + 1) + ": ";
                if (definitions.indicator(indicator) == null) {
                    errors.add(new ValidationError(
                            "workbook-indicator",
                            null,
                            SHEET,
                            "indicator",
                            where + "unknown indicator " + indicator,
                            false));
                    continue;
                }
                try {
                    ReportingPeriod period = ReportingPeriod.endingOn(date(row.getCell(1), formatter));
                    double value = Double.parseDouble(
                            formatter.formatCellValue(row.getCell(2)).strip().replace(",", ""));
                    figures.add(new Figure(
                            indicator,
                            period,
                            value,
                            formatter.formatCellValue(row.getCell(3)).strip()));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    errors.add(new ValidationError(
                            "workbook-row",
                            null,
                            SHEET,
                            "period/value",
                            where + indicator + ": " + e.getMessage(),
                            false));
                }
            }
        }
        return new Contents(figures, errors);
    }

    private static LocalDate date(Cell cell, DataFormatter formatter) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = formatter.formatCellValue(cell).strip();
        return text.contains("/") ? LocalDate.parse(text, DMY) : LocalDate.parse(text);
    }
}
