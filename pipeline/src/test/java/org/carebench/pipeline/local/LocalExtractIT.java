package org.carebench.pipeline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The synthetic SSDA903 extract, as CSV tables, for the year ending 31 March 2018, beside ONS population.
 * The extract fails many of DfE's rules (rule 148 alone flags two thirds of its children), so it is
 * imported accepting every finding, to compare the counting itself with an independent calculation.
 */
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
        outcome = local.importExtract(
                warehouse, "358", YEAR_END, LocalDate.of(2018, 4, 1), 100.0, ExtractTables.csvPaths());
        System.out.println(outcome.summary());
        outcome.figures().forEach(line -> System.out.println("  " + line));
    }

    @Test
    void publishesAndNamesThePublishedSnapshotAndTheRulePack() {
        assertThat(outcome.exitCode()).as(outcome.summary()).isNotEqualTo(LocalOutcome.FAILED);
        assertThat(outcome.summary())
                .contains(
                        "published snapshots/snapshot-000002.duckdb:",
                        "year ending 2018-03-31",
                        "local extract 2018-04-01",
                        "DfE's 2024-25 rules",
                        "validation.xlsx")
                .doesNotContain(".importing");
    }

    @Test
    void headlineCountsMatchDfEsDefinitionsCountedIndependently() throws Exception {
        IndependentFigures independent = new IndependentFigures();
        System.out.printf(
                "Headline counts, year ending 2018-03-31: started %d, ceased %d, 3+ placements %d of %d%n",
                independent.started(YEAR_START, YEAR_END),
                independent.ceased(YEAR_START, YEAR_END),
                independent.threeOrMorePlacements(YEAR_START, YEAR_END),
                independent.lookedAfterOn(YEAR_END));
        assertThat(local("cla-starting-count")).isEqualTo(independent.started(YEAR_START, YEAR_END));
        assertThat(local("cla-ceasing-count")).isEqualTo(independent.ceased(YEAR_START, YEAR_END));
        // Split at every short break, this extract gave 223 starts and 768 ceases. The episodes' own
        // reason codes give 101 and 657: the rest begin or end a period of care under another code,
        // which rules 357, 433 and 388 flag.
        assertThat(local("cla-starting-count")).isEqualTo(109);
        assertThat(local("cla-ceasing-count")).isEqualTo(679);
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
                        "SELECT DISTINCT release, period, period_end FROM mart_local_observation"
                                + " WHERE area_code = '358'"))
                .containsExactly("local extract 2018-04-01|2018|2018-03-31");
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

    @Test
    void sharesByCharacteristicOnTheLastDayMatchAnIndependentCount() throws Exception {
        IndependentProfile children = new IndependentProfile(YEAR_END);
        long total = children.total();
        assertThat(total).isEqualTo((long) local("cla-count"));
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("Age group: 1 to 4 years", children.count(c -> c.age() >= 1 && c.age() <= 4));
        expected.put("Age group: 16 years and over", children.count(c -> c.age() >= 16));
        expected.put("Gender: Female", children.count(c -> c.sex().equals("2")));
        expected.put("Ethnicity: 1. Total White", children.count(c -> c.ethnic().startsWith("W")));
        expected.put("Category of need: N1. Abuse or neglect", children.count(c -> "N1".equals(c.cin())));
        expected.put(
                "Legal status: Care orders",
                children.count(c -> Set.of("C1", "C2").contains(c.legalStatus())));
        expected.put(
                "Placement: 1. Total foster placements",
                children.count(c -> c.place().startsWith("U")));
        expected.put(
                "Unaccompanied asylum-seeking children: Unaccompanied asylum-seeking children",
                children.count(IndependentProfile.Child::uasc));
        System.out.println("Looked after on 2018-03-31 by characteristic, of " + total + ": " + expected);
        assertThat(expected.values()).allMatch(count -> count > 0);
        for (Map.Entry<String, Long> category : expected.entrySet()) {
            assertThat(query(
                            warehouse,
                            "SELECT value, notes FROM mart_local_observation WHERE indicator_id ="
                                    + " 'cla-by-characteristic-pct' AND area_code = '358' AND breakdown = ?",
                            category.getKey()))
                    .as(category.getKey())
                    .containsExactly(100.0 * category.getValue() / total + "|" + category.getValue() + " of " + total
                            + " children");
        }
        assertThat(
                        query(
                                warehouse,
                                "SELECT round(sum(value), 6) FROM mart_local_observation"
                                        + " WHERE indicator_id = 'cla-by-characteristic-pct' AND breakdown LIKE 'Age group: %'"))
                .containsExactly("100.0");
    }

    double local(String indicator) throws Exception {
        List<String> rows = query(
                warehouse,
                "SELECT value FROM mart_local_observation WHERE indicator_id = ? AND area_code = '358' AND breakdown = ''"
                        + " AND period_end = DATE '2018-03-31'",
                indicator);
        assertThat(rows).as(indicator).hasSize(1);
        return Double.parseDouble(rows.get(0));
    }
}
