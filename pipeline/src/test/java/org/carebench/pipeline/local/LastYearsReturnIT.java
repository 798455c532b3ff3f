package org.carebench.pipeline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules comparing with last year's return run once the warehouse holds the authority's extract of
 * the year before, on two hand-written extracts of consecutive years with one child per case.
 */
class LastYearsReturnIT extends PipelineJobTest {

    private static final String NOT_RUN =
            "not run: rules 576, 202, 203, 502, 503A, 503B, 503C (needs last year's return)";

    @TempDir
    Path folder;

    @Autowired
    LocalCommands local;

    @Test
    void rulesComparingWithLastYearRunWhenTheWarehouseHoldsLastYearsExtract() throws Exception {
        Warehouse warehouse = new Warehouse(folder.resolve("warehouse"));
        Path lastYear = new HandWrittenExtract()
                .child("SAME", "1", "01/01/2012")
                .episode("SAME", "01/05/2022", "S", "C2", "U1", "", "")
                .child("MOVED", "2", "01/01/2011")
                .episode("MOVED", "01/06/2022", "S", "C2", "U1", "", "")
                .child("LEGAL", "1", "01/01/2010")
                .episode("LEGAL", "01/06/2022", "S", "C2", "U1", "", "")
                .child("BORN", "2", "01/01/2013")
                .episode("BORN", "01/07/2022", "S", "C2", "U1", "", "")
                .write(folder.resolve("2023"));
        Path thisYear = new HandWrittenExtract()
                .child("SAME", "1", "01/01/2012")
                .episode("SAME", "01/05/2022", "S", "C2", "U1", "", "")
                .child("MOVED", "2", "01/01/2011")
                .episode("MOVED", "01/07/2022", "S", "C2", "U1", "", "")
                .child("LEGAL", "1", "01/01/2010")
                .episode("LEGAL", "01/06/2022", "S", "C1", "U1", "", "")
                .child("BORN", "1", "02/01/2013")
                .episode("BORN", "01/07/2022", "S", "C2", "U1", "", "")
                .write(folder.resolve("2024"));

        LocalOutcome first = local.importExtract(
                warehouse,
                "358",
                LocalDate.of(2023, 3, 31),
                LocalDate.of(2023, 4, 30),
                100.0,
                List.of(lastYear.toString()));
        assertThat(first.summary()).contains(NOT_RUN);
        LocalOutcome second = local.importExtract(
                warehouse,
                "358",
                LocalDate.of(2024, 3, 31),
                LocalDate.of(2024, 4, 30),
                100.0,
                List.of(thisYear.toString()));

        assertThat(second.exitCode()).as(second.summary()).isNotEqualTo(LocalOutcome.FAILED);
        assertThat(second.summary()).doesNotContain(NOT_RUN).contains("not run: rules 576 (needs last year's return)");
        List<String> findings = findingsOfTheLatestImport(warehouse);
        assertThat(findings.stream().filter(line -> line.matches("(202|203|502|503[ABC]),.*")))
                .map(line -> line.substring(0, line.indexOf(',', line.indexOf(',') + 1)))
                .containsExactlyInAnyOrder("202,BORN", "203,BORN", "502,MOVED", "503B,LEGAL");
    }

    @Test
    void anotherAuthoritysExtractIsNotLastYearsReturn() throws Exception {
        Warehouse warehouse = new Warehouse(folder.resolve("other"));
        Path extract = new HandWrittenExtract()
                .child("SAME", "1", "01/01/2012")
                .episode("SAME", "01/05/2022", "S", "C2", "U1", "", "")
                .write(folder.resolve("one"));
        local.importExtract(
                warehouse,
                "358",
                LocalDate.of(2023, 3, 31),
                LocalDate.of(2023, 4, 30),
                100.0,
                List.of(extract.toString()));

        LocalOutcome other = local.importExtract(
                warehouse,
                "359",
                LocalDate.of(2024, 3, 31),
                LocalDate.of(2024, 4, 30),
                100.0,
                List.of(extract.toString()));

        assertThat(other.summary()).contains(NOT_RUN);
    }

    private static List<String> findingsOfTheLatestImport(Warehouse warehouse) throws Exception {
        try (Stream<Path> logs = Files.list(warehouse.logs())) {
            Path latest = logs.filter(file -> file.toString().endsWith("-validation.csv"))
                    .max(java.util.Comparator.comparing(
                            file -> file.getFileName().toString()))
                    .orElseThrow();
            return Files.readAllLines(latest, StandardCharsets.UTF_8);
        }
    }
}
