package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.reference;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A workbook no definition recognises is set aside with the sheet that came closest and the rule that refused it. */
class UnrecognisedWorkbookIT extends PipelineJobTest {

    @TempDir
    Path folder;

    @Autowired
    PipelineCommands commands;

    @Test
    void namesTheClosestSheetAndTheRuleThatRefusedIt() throws Exception {
        Path tables = workbook(
                "lookalike_tables.xlsx",
                "INDEX",
                List.of(List.of("Local authority tables")),
                "LAA1",
                List.of(List.of("Table LAA1: Children adopted, by local authority"), List.of("", "England", "100")));
        List<String> stability =
                CsvHeader.read(reference("dfe-cla/2024-release/la_cla_placement_stability.csv")).stream()
                        .map(header -> header.equals("placement_stability") ? "stability" : header)
                        .toList();
        Path data = workbook(
                "stability.xlsx",
                "Notes",
                List.of(List.of("About these figures")),
                "Data",
                List.of(List.of("Placement stability"), stability));

        assertThat(setAside(tables))
                .contains("lookalike_tables.xlsx: no definition recognises this file; sheet 'LAA1': definition"
                        + " 'sfr41-cla-numbers-and-rates' (jobs/layouts/sfr41-cla-numbers-and-rates.yml) takes the"
                        + " sheet 'LAA1' when its first rows read 'Children looked after at 31 March', and this"
                        + " sheet's do not; nor its other sheet 'INDEX'");
        assertThat(setAside(data))
                .contains("stability.xlsx: no definition recognises this file; sheet 'Data': its columns are closest"
                        + " to definitions 'placement-stability' (jobs/layouts/placement-stability.yml), which"
                        + " recognises its files by the column 'placement_stability', which this file lacks")
                .contains("headers that did not match: stability; nor its other sheet 'Notes'");
    }

    /** The one line the import gives for the file it set aside. */
    private String setAside(Path file) throws Exception {
        ImportOutcome outcome =
                commands.importFiles(new Warehouse(folder.resolve("warehouse")), List.of(file.toString()));
        assertThat(outcome.setAside()).containsExactly(file.toString());
        return outcome.summary();
    }

    private Path workbook(
            String name, String firstSheet, List<List<String>> firstRows, String secondSheet, List<List<String>> rows)
            throws Exception {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            write(workbook.createSheet(firstSheet), firstRows);
            write(workbook.createSheet(secondSheet), rows);
            workbook.write(out);
        }
        return file;
    }

    private static void write(Sheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }
}
