package org.carebench.pipeline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationWorkbookTest {

    @TempDir
    Path folder;

    @Test
    void aTableWithMoreFindingsThanASheetHoldsListsTheFirstAndSaysTheCsvHasThemAll() throws Exception {
        List<ValidationError> errors = new ArrayList<>();
        for (int i = 0; i < ValidationWorkbook.ROWS_PER_SHEET + 5; i++) {
            errors.add(new ValidationError("436", "C" + i, "Episodes", "RNE", "found " + i, false));
        }
        errors.add(new ValidationError("185", "C1", "OC2", "SDQ_SCORE", "score given", false));
        Path csv = folder.resolve("local-extract-7-validation.csv");

        Path file = ValidationWorkbook.write(
                folder.resolve("report.xlsx"), errors, RuleSummary.of(errors, RulePack.forYear(2025)), "heading", csv);

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet episodes = workbook.getSheet("Episodes");
            assertThat(episodes.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("The first 10,000 of 10,005 findings in this table;"
                            + " local-extract-7-validation.csv lists them all.");
            assertThat(episodes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Child");
            assertThat(episodes.getLastRowNum()).isEqualTo(ValidationWorkbook.ROWS_PER_SHEET + 1);
            Sheet oc2 = workbook.getSheet("OC2");
            assertThat(oc2.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Child");
            assertThat(oc2.getRow(1).getCell(1).getStringCellValue()).isEqualTo("185");
            Sheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(10_005);
        }
    }
}
