package org.carebench.dashboard.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The members template: a sheet whose heading row names the columns the upload reads, and a sheet
 * saying what goes in each. Saved as CSV, the first sheet is read the same way.
 */
public final class MemberTemplate {

    static final String SHEET = "Members";
    public static final String FILE_NAME = "training-members-template.xlsx";

    private static final String[][] GUIDANCE = {
        {"name", "The member's full name, as attendance registers write it; a name already listed is updated"},
        {"kind", "councillor or officer"},
        {"from", "The first day of the present term of office (a date, or YYYY-MM-DD)"},
        {"to", "The last day of the term; leave empty while the member serves"}
    };

    private MemberTemplate() {}

    public static byte[] write() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet members = workbook.createSheet(SHEET);
            Row heading = members.createRow(0);
            for (int c = 0; c < MemberSpreadsheet.COLUMNS.size(); c++) {
                heading.createCell(c).setCellValue(MemberSpreadsheet.COLUMNS.get(c));
                heading.getCell(c).setCellStyle(bold);
                members.setColumnWidth(c, (c == 0 ? 36 : 14) * 256);
            }
            // Dates typed into the term columns stay dates, shown as the upload reads them.
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            members.setDefaultColumnStyle(2, date);
            members.setDefaultColumnStyle(3, date);
            members.createFreezePane(0, 1);
            Sheet guidance = workbook.createSheet("How to fill in");
            for (int r = 0; r < GUIDANCE.length; r++) {
                Row row = guidance.createRow(r);
                row.createCell(0).setCellValue(GUIDANCE[r][0]);
                row.getCell(0).setCellStyle(bold);
                row.createCell(1).setCellValue(GUIDANCE[r][1]);
            }
            guidance.setColumnWidth(1, 90 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the members template", e);
        }
    }
}
