package org.carebench.pipeline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The local-figures workbook: the product writes the template, a council fills it in, the job loads it. */
class LocalFiguresWorkbookIT extends PipelineJobTest {

    @TempDir
    Path folder;

    @Autowired
    LocalCommands local;

    @Test
    void loadsTheRowsOfAFilledInTemplateAndReportsTheRowItCannotRead() throws Exception {
        Warehouse warehouse = new Warehouse(folder.resolve("warehouse"));
        Path template = folder.resolve("template.xlsx");
        assertThat(local.writeTemplate(
                        warehouse,
                        List.of("--out", template.toString()),
                        new PrintStream(new ByteArrayOutputStream()),
                        System.err))
                .isZero();
        Path filled = fillIn(template, folder.resolve("our-figures.xlsx"));

        LocalOutcome outcome =
                local.importExtract(warehouse, "358", null, LocalDate.of(2025, 10, 1), List.of(filled.toString()));

        assertThat(outcome.exitCode()).as(outcome.summary()).isEqualTo(LocalOutcome.PUBLISHED_WITH_FIGURES_WITHHELD);
        assertThat(outcome.summary()).contains("unknown indicator councillors-trained");
        assertThat(query(
                        warehouse,
                        "SELECT indicator_id, period, period_end, value, release, notes FROM mart_local_observation"
                                + " ORDER BY indicator_id"))
                .containsExactly(
                        "cla-count|2026|2025-09-30|3.0|local extract 2025-10-01 (workbook)|",
                        "corporate-parents-trained-count|2025|2025-03-31|12.0|local extract 2025-10-01 (workbook)|all new members");
    }

    private static Path fillIn(Path template, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(template);
                Workbook workbook = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(target)) {
            Sheet sheet = workbook.getSheet(LocalFiguresWorkbook.SHEET);
            row(sheet, 1, "corporate-parents-trained-count", "31/03/2025", "12", "all new members");
            Row dated = row(sheet, 2, "cla-count", null, "3", null);
            CreationHelper helper = workbook.getCreationHelper();
            Cell date = dated.createCell(1);
            date.setCellValue(LocalDate.of(2025, 9, 30));
            date.setCellStyle(workbook.createCellStyle());
            date.getCellStyle().setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
            row(sheet, 3, "councillors-trained", "31/03/2025", "4", null);
            workbook.write(out);
        }
        return target;
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
