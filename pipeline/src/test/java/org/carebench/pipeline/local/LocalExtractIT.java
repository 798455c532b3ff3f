package org.carebench.pipeline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The synthetic SSDA903 extract, as CSV tables, for the year ending 31 March 2018, beside ONS population. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalExtractIT extends PipelineJobTest {

    static final LocalDate YEAR_END = LocalDate.of(2018, 3, 31);
    static final LocalDate YEAR_START = LocalDate.of(2017, 4, 1);

    @TempDir
    static Path folder;

    @Autowired
    PipelineCommands commands;

    @Autowired
    LocalCommands local;

    Warehouse warehouse;
    LocalOutcome outcome;

    @BeforeAll
    void importPopulationThenExtract() throws Exception {
        warehouse = new Warehouse(folder.resolve("warehouse"));
        commands.importFiles(
                warehouse, List.of(referencePath("population/ons_mid-year_population_estimates_2012_to_2024.csv")));
        outcome = local.importExtract(warehouse, "358", YEAR_END, LocalDate.of(2018, 4, 1), ExtractTables.csvPaths());
        System.out.println(outcome.summary());
        outcome.figures().forEach(line -> System.out.println("  " + line));
    }

    @Test
    void publishesTheFiguresWithheldOnlyWhereTheExtractIsUnreliable() {
        assertThat(outcome.exitCode()).as(outcome.summary()).isEqualTo(LocalOutcome.PUBLISHED_WITH_FIGURES_WITHHELD);
        assertThat(outcome.summary()).contains("year ending 2018-03-31", "local extract 2018-04-01");
    }

    @Test
    void statutoryYearFiguresMatchAnIndependentCalculation() throws Exception {
        IndependentFigures independent = new IndependentFigures();
        assertThat(local("cla-count")).isEqualTo(independent.lookedAfterOn(YEAR_END));
        assertThat(local("cla-starting-count")).isEqualTo(independent.started(YEAR_START, YEAR_END));
        assertThat(local("cla-ceasing-count")).isEqualTo(independent.ceased(YEAR_START, YEAR_END));
        assertThat(local("placement-3plus-moves-pct"))
                .isCloseTo(independent.threeOrMorePlacementsPercent(YEAR_START, YEAR_END), within(1e-9));
        assertThat(local("placement-long-term-stability-pct"))
                .isCloseTo(independent.longTermStabilityPercent(YEAR_END), within(1e-9));
    }

    @Test
    void rateUsesThePopulationOfTheMidYearBefore() throws Exception {
        double population = Double.parseDouble(query(
                        warehouse,
                        "SELECT value FROM mart_observation WHERE indicator_id = 'population-0-17'"
                                + " AND area_code = '358' AND period = 2017")
                .get(0));
        assertThat(local("cla-rate-per-10k")).isCloseTo(local("cla-count") * 10_000 / population, within(1e-9));
    }

    @Test
    void storesLocalFiguresWithTheirPeriodEndReleaseAndDefinition() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT DISTINCT release, period, period_end, breakdown FROM mart_local_observation"
                                + " WHERE area_code = '358'"))
                .containsExactly("local extract 2018-04-01|2018|2018-03-31|");
        assertThat(query(
                                warehouse,
                                "SELECT local_definition FROM mart_local_observation WHERE indicator_id = 'cla-count'")
                        .get(0))
                .contains("V3 or V4");
    }

    @Test
    void keepsLocalFiguresOutOfTheNationalViewThatRanksAndAveragesUse() throws Exception {
        assertThat(query(warehouse, "SELECT count(*) FROM observation WHERE source = 'local'")
                        .get(0))
                .isNotEqualTo("0");
        assertThat(query(warehouse, "SELECT DISTINCT source FROM mart_observation"))
                .containsExactly("national");
    }

    double local(String indicator) throws Exception {
        List<String> rows = query(
                warehouse,
                "SELECT value FROM mart_local_observation WHERE indicator_id = ? AND area_code = '358'"
                        + " AND period_end = DATE '2018-03-31'",
                indicator);
        assertThat(rows).as(indicator).hasSize(1);
        return Double.parseDouble(rows.get(0));
    }
}
