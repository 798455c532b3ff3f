package org.carebench.pipeline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.query;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Starts, ceases and placements counted as DfE counts them, on a hand-written extract for the year
 * ending 31 March 2024 with one child per case, and what DfE's rules make of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DfeCountingIT extends PipelineJobTest {

    static final LocalDate YEAR_END = LocalDate.of(2024, 3, 31);

    @TempDir
    static Path folder;

    @Autowired
    LocalCommands local;

    Path extract;
    Warehouse accepting;
    Warehouse tolerating;
    LocalOutcome counted;
    LocalOutcome defaulted;

    @BeforeAll
    void importTheCases() throws Exception {
        extract = new HandWrittenExtract()
                // a short break (V3) inside ordinary care: one period, no cease and new start
                .child("BREAK", "1", "01/01/2012")
                .episode("BREAK", "01/05/2023", "S", "C2", "U1", "01/07/2023", "X1")
                .episode("BREAK", "01/07/2023", "P", "V3", "U1", "05/07/2023", "X1")
                .episode("BREAK", "05/07/2023", "P", "C2", "U1", "", "")
                // looked after only under short breaks: not a child DfE counts
                .child("RESPITE", "2", "01/01/2015")
                .episode("RESPITE", "01/06/2023", "S", "V3", "U1", "03/06/2023", "E13")
                .episode("RESPITE", "01/09/2023", "S", "V4", "U1", "04/09/2023", "E13")
                // an episode ending the day the next begins: one period, a second placement
                .child("CHAIN", "1", "01/01/2010")
                .episode("CHAIN", "01/04/2022", "S", "C2", "U1", "10/10/2023", "X1")
                .episode("CHAIN", "10/10/2023", "P", "C2", "U3", "", "")
                // an episode ending after the collection year: still looked after on 31 March, no cease
                .child("LATE", "2", "01/01/2016")
                .episode("LATE", "01/06/2023", "S", "C2", "U1", "15/04/2024", "E11")
                // an ordinary start and cease through adoption
                .child("ADOPTED", "M", "01/01/2019")
                .episode("ADOPTED", "01/05/2023", "S", "C2", "U1", "01/02/2024", "E11")
                // three placements in the year
                .child("MOVED", "2", "01/01/2011")
                .episode("MOVED", "01/04/2023", "S", "C2", "U1", "01/06/2023", "X1")
                .episode("MOVED", "01/06/2023", "P", "C2", "U2", "01/09/2023", "X1")
                .episode("MOVED", "01/09/2023", "P", "C2", "U3", "", "")
                .write(folder.resolve("extract"));
        Files.writeString(extract.resolve("DoLo.csv"), "CHILD,DOB,DOLO_START,DOLO_END\nCHAIN,01/01/2010,01/01/2024,\n");
        accepting = new Warehouse(folder.resolve("accepting"));
        counted = local.importExtract(accepting, "358", YEAR_END, null, 100.0, List.of(extract.toString()));
        tolerating = new Warehouse(folder.resolve("default"));
        defaulted = local.importExtract(tolerating, "358", YEAR_END, null, List.of(extract.toString()));
        System.out.println(counted.summary());
        counted.figures().forEach(line -> System.out.println("  " + line));
        System.out.println(defaulted.summary());
    }

    @Test
    void countsPeriodsOfCareThroughShortBreaksAndLeavesOutChildrenOnlyOnShortBreaks() throws Exception {
        assertThat(counted.exitCode()).as(counted.summary()).isNotEqualTo(LocalOutcome.FAILED);
        assertThat(figure(accepting, "cla-starting-count")).isEqualTo("4.0"); // BREAK, LATE, ADOPTED, MOVED
        assertThat(figure(accepting, "cla-ceasing-count")).isEqualTo("1.0"); // ADOPTED only
        assertThat(figure(accepting, "cla-count")).isEqualTo("4.0"); // BREAK, CHAIN, LATE, MOVED
        assertThat(figure(accepting, "ceased-adopted-count")).isEqualTo("1.0");
        assertThat(figure(accepting, "placement-3plus-moves-pct")).isEqualTo("25.0"); // MOVED of the four
    }

    @Test
    void theSameCountsComeFromAnIndependentCalculationOfDfEsDefinitions() throws Exception {
        IndependentFigures independent = new IndependentFigures(
                ExtractTables.rowsOf(extract.resolve("header.csv")),
                ExtractTables.rowsOf(extract.resolve("episodes.csv")));
        LocalDate start = LocalDate.of(2023, 4, 1);
        assertThat(Double.parseDouble(figure(accepting, "cla-starting-count")))
                .isEqualTo(independent.started(start, YEAR_END));
        assertThat(Double.parseDouble(figure(accepting, "cla-ceasing-count")))
                .isEqualTo(independent.ceased(start, YEAR_END));
        assertThat(Double.parseDouble(figure(accepting, "cla-count"))).isEqualTo(independent.lookedAfterOn(YEAR_END));
    }

    @Test
    void listsAndSkipsATableNoFigureReads() {
        assertThat(counted.summary()).contains("DoLo.csv holds DoLo, a table no local figure reads");
    }

    @Test
    void acceptsTheSexCodesOfTheCollectionYear() throws Exception {
        List<String> sexCodes = query(accepting, "SELECT rows_flagged FROM local_rule_finding WHERE rule_code = '101'");
        assertThat(sexCodes)
                .as("1 and 2 allowed before the year ending 31 March 2025, M flagged")
                .containsExactly("1");
    }

    @Test
    void withholdsAFigureNamingTheRulesThatFlagTooManyOfItsChildren() throws Exception {
        assertThat(defaulted.figures())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("cla-ceasing-count: withheld")
                        .contains("rule 385"));
        assertThat(query(
                        tolerating,
                        "SELECT children || '/' || children_in_table FROM local_figure_check"
                                + " WHERE indicator_id = 'cla-ceasing-count' AND rule_code = '385' AND withholds"))
                .containsExactly("1/6");
        assertThat(query(
                        tolerating,
                        "SELECT withheld_reason FROM local_figure_status WHERE indicator_id = 'cla-ceasing-count'"))
                .singleElement()
                .asString()
                .contains("rule 385");
    }

    @Test
    void writesTheFindingsAsAWorkbookWithASummaryAndASheetPerTable() throws Exception {
        Path workbook;
        try (Stream<Path> logs = Files.list(accepting.logs())) {
            workbook = logs.filter(file -> file.toString().endsWith("-validation.xlsx"))
                    .findFirst()
                    .orElseThrow();
        }
        try (InputStream in = Files.newInputStream(workbook);
                Workbook read = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            read.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).startsWith("Summary").contains("Episodes", "Header");
            Sheet summary = read.getSheet("Summary");
            List<String> rules = new ArrayList<>();
            for (int row = 2; row <= summary.getLastRowNum(); row++) {
                rules.add(summary.getRow(row).getCell(0).getStringCellValue() + " "
                        + summary.getRow(row).getCell(2).getStringCellValue());
            }
            assertThat(rules)
                    .contains("385 Date episode ceased must be on or before the end of the current collection year.");
        }
        try (Stream<Path> logs = Files.list(accepting.logs())) {
            assertThat(logs.filter(file -> file.toString().endsWith("-validation.csv"))
                            .map(DfeCountingIT::read)
                            .findFirst()
                            .orElseThrow())
                    .startsWith("rule,child,table,field,fatal,message")
                    .contains("385,LATE,Episodes,DEC,false,");
        }
    }

    @Test
    void aTableGivenTwiceStaysFatal() throws Exception {
        Path twice = Files.createDirectories(folder.resolve("twice"));
        Files.copy(extract.resolve("header.csv"), twice.resolve("header.csv"));
        Files.copy(extract.resolve("header.csv"), twice.resolve("header-again.csv"));
        Files.copy(extract.resolve("episodes.csv"), twice.resolve("episodes.csv"));
        LocalOutcome outcome = local.importExtract(
                new Warehouse(folder.resolve("twice-warehouse")),
                "358",
                YEAR_END,
                null,
                100.0,
                List.of(twice.toString()));
        assertThat(outcome.exitCode()).isEqualTo(LocalOutcome.FAILED);
        assertThat(outcome.summary()).contains("table-given-twice", "both hold Header");
    }

    private static String figure(Warehouse warehouse, String indicator) throws Exception {
        List<String> rows = query(
                warehouse,
                "SELECT value FROM mart_local_observation WHERE indicator_id = ? AND period_end = DATE '2024-03-31'",
                indicator);
        assertThat(rows).as(indicator).hasSize(1);
        return rows.get(0);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
