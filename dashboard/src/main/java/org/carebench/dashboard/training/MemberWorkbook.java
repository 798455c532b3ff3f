package org.carebench.dashboard.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The members sheet of an uploaded workbook as rows of text: dates as ISO dates, anything else as
 * Excel shows it. A formula is refused (its cached result could be stale and is never trusted).
 */
final class MemberWorkbook {

    private MemberWorkbook() {}

    static List<String[]> rows(String fileName, byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheet(MemberTemplate.SHEET);
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            DataFormatter format = new DataFormatter();
            List<String[]> rows = new ArrayList<>();
            for (Row row : sheet) {
                while (rows.size() < row.getRowNum()) {
                    rows.add(new String[0]);
                }
                String[] cells = new String[Math.max(0, row.getLastCellNum())];
                for (Cell cell : row) {
                    cells[cell.getColumnIndex()] = text(fileName, sheet.getSheetName(), cell, format);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException refused
                    && refused.getMessage().startsWith(fileName)) {
                throw refused;
            }
            throw new IllegalArgumentException(fileName + " cannot be read as an Excel workbook: " + e.getMessage(), e);
        }
    }

    private static String text(String fileName, String sheet, Cell cell, DataFormatter format) {
        if (cell.getCellType() == CellType.FORMULA) {
            throw new IllegalArgumentException(fileName + ", sheet " + sheet + ", cell "
                    + new CellReference(cell).formatAsString(false)
                    + ": formulas are never evaluated: paste the values instead");
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return format.formatCellValue(cell);
    }
}
