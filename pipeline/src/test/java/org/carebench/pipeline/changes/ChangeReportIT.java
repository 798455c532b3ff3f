package org.carebench.pipeline.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.reference;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.importing.ImportOutcome;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two real releases loaded one after the other: the 2017 release's underlying data with DfE's 2021
 * neighbour model, then the 2024 release's national time series with the 2025 model. DfE revised
 * England's 2017 count from 72,670 to 72,600 in between.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeReportIT extends PipelineJobTest {

    @Autowired
    PipelineCommands commands;

    Warehouse warehouse;

    @BeforeAll
    void importTwoReleases() throws Exception {
        warehouse = new Warehouse(Files.createTempDirectory("carebench-changes"));
        ImportOutcome first = commands.importFiles(
                warehouse,
                List.of(
                        referencePath("la-codes/las.csv"),
                        referencePath("la-codes/regions.csv"),
                        referencePath("legacy/SFR50_CLA2017.csv"),
                        referencePath("statistical-neighbours/New_Statistical_Neighbour_Groupings_April_2021.csv")));
        assertThat(first.exitCode()).as(first.summary()).isZero();
        ImportOutcome second = commands.importFiles(
                warehouse,
                List.of(
                        referencePath("dfe-cla/2024-release/cla_time_series_1994_2024.csv"),
                        referencePath("statistical-neighbours/sn_model_2025_wide.csv")));
        assertThat(second.exitCode()).as(second.summary()).isZero();
    }

    @Test
    void reportsAFigureTheNewerReleaseRevisedWithItsOldAndNewValue() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT release, old_value, old_release, new_value, new_release FROM release_change"
                                + " WHERE kind = 'revised' AND indicator_id = 'cla-count' AND area_code = 'E92000001'"
                                + " AND period = 2017"))
                .containsExactly("2024|72670.0|2017|72600.0|2024");
    }

    @Test
    void reportsThePeriodsTheNewerReleaseAddedAndNoneItAlreadyHad() throws Exception {
        List<String> periods = query(
                warehouse,
                "SELECT period FROM release_change WHERE release = '2024' AND kind = 'new-period'"
                        + " AND indicator_id = 'cla-count' ORDER BY period");
        assertThat(periods).contains("1994", "2016", "2018", "2024").doesNotContain("2017");
    }

    @Test
    void theFirstImportReportsOnlyNewPeriods() throws Exception {
        assertThat(query(warehouse, "SELECT DISTINCT kind FROM release_change WHERE release = '2017' ORDER BY kind"))
                .containsExactly("new-period");
    }

    @Test
    void reportsTheNeighboursANewModelChangedForEachAuthority() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT model, old_model, added, removed FROM release_change"
                                + " WHERE kind = 'neighbours' AND area_code = '358'"))
                .containsExactly("2025|2021|931 936 873 916|867 823 816 850");
    }

    /**
     * DfE's 2024 placement-stability file, then the same release again with Trafford's 2023 figure
     * left out and Stockport's 2024 figure suppressed: both figures are reported as withdrawn.
     */
    @Test
    void reportsFiguresANewerFileWithdrewBySuppressingOrLeavingThemOut(@TempDir Path folder) throws Exception {
        Path original = reference("dfe-cla/2024-release/la_cla_placement_stability.csv");
        Path revised = Files.createDirectories(folder.resolve("revised")).resolve("la_cla_placement_stability.csv");
        String sameCarer = "Living with the same carer for at least 2 years,";
        Files.write(
                revised,
                Files.readAllLines(original).stream()
                        .filter(line -> !(line.startsWith("2023,")
                                && line.contains(",358,Trafford,")
                                && line.contains(sameCarer)))
                        .map(line ->
                                line.startsWith("2024,") && line.contains(",356,Stockport,") && line.contains(sameCarer)
                                        ? line.substring(0, line.lastIndexOf(',')) + ",c"
                                        : line)
                        .toList());
        Warehouse twice = new Warehouse(folder.resolve("warehouse"));
        assertThat(commands.importFiles(twice, List.of(original.toString())).exitCode())
                .isZero();
        assertThat(commands.importFiles(twice, List.of(revised.toString())).exitCode())
                .isZero();

        assertThat(query(
                        twice,
                        "SELECT area_code, period, old_value, new_value, new_status FROM release_change"
                                + " WHERE kind = 'withdrawn' AND indicator_id = 'placement-long-term-stability-pct'"
                                + " ORDER BY area_code"))
                .containsExactly("356|2024|75.0|null|c", "358|2023|77.0|null|null");
        assertThat(query(twice, "SELECT count(*) FROM release_change WHERE kind = 'revised'"))
                .containsExactly("0");
    }

    @Test
    void writesTheReportAsCsvBesideTheLogs() throws Exception {
        Path csv;
        try (Stream<Path> logs = Files.list(warehouse.logs())) {
            csv = logs.filter(file -> file.getFileName().toString().startsWith("changes-2024-"))
                    .findFirst()
                    .orElseThrow();
        }
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0))
                .startsWith("release,kind,indicator_id,area_code,area_name,period,breakdown,old_value,old_status");
        // the area's name is as the code list or the first file to name it wrote it
        assertThat(lines)
                .anyMatch(line -> line.matches(
                        "2024,revised,cla-count,E92000001,(?i:england),2017,,72670,,2017,72600,,2024,,,,,"));
        assertThat(lines.size() - 1)
                .isEqualTo(
                        Integer.parseInt(query(warehouse, "SELECT count(*) FROM release_change WHERE release = '2024'")
                                .get(0)));
    }
}
