package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.figure;
import static org.carebench.pipeline.Warehouses.query;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every definition against its real file: the whole reference set imported as a data team would. */
class ReferenceDataImportIT extends ImportedWarehouseTest {

    @Override
    List<String> inputs() {
        return WHOLE_REFERENCE_SET;
    }

    @Test
    void loadsEveryDataFileOfTheReleasesAndTheLegacyFilesAndSkipsTheGuidance() {
        assertThat(outcome.exitCode()).as(outcome.summary()).isZero();
        assertThat(outcome.summary()).contains("54 loaded").contains("0 set aside");
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource(delimiter = ';', textBlock = """
            placement-3plus-moves-pct;              358;       2024; 5.0|null
            placement-3plus-moves-pct;              E92000001; 2024; 10.0|null
            placement-long-term-stability-pct;      358;       2024; 76.0|null
            placement-long-term-stability-pct;      E92000001; 2024; 68.0|null
            health-assessment-pct;                  358;       2025; 93.0|null
            sdq-average-score;                      358;       2025; 12.3|null
            care-leavers-19-21-eet-pct;             358;       2025; 56.0|null
            care-leavers-19-21-eet-pct;             E92000001; 2025; 54.0|null
            care-leavers-19-21-suitable-accommodation-pct; 358; 2025; 91.0|null
            care-leavers-not-in-touch-pct;          358;       2024; null|c
            placement-20-miles-outside-pct;         358;       2025; 13.0|null
            school-moves-mid-year-pct;              358;       2024; 2.0|null
            social-workers-3plus-pct;               358;       2024; 21.0|null
            placement-net-gain-count;               358;       2024; -18.0|null
            short-term-placements-count;            358;       2024; 0.0|null
            ceased-adopted-pct;                     358;       2024; null|c
            ceased-sgo-count;                       358;       2024; 6.0|null
            missing-pct;                            358;       2024; 11.0|null
            ks2-rwm-expected-pct;                   358;       2025; null|c
            ks4-attainment8-average;                358;       2025; 19.7|null
            population-0-17;                        358;       2024; 56737.0|null
            cla-count;                              E92000001; 2024; 83630.0|null
            adoption-entry-to-adoption-months;      E92000001; 2025; 27.0|null
            """)
    void readsRealValues(String indicator, String area, int period, String expected) throws Exception {
        assertThat(figure(warehouse, indicator, area, period)).isEqualTo(expected);
    }

    @Test
    void keepsNationalCharacteristicsAsBreakdowns() throws Exception {
        assertThat(
                        query(
                                warehouse,
                                "SELECT indicator_id, value FROM mart_observation WHERE period = 2024"
                                        + " AND area_code = 'E92000001' AND breakdown = 'Gender: Female' ORDER BY indicator_id"))
                .containsExactly(
                        "ceased-by-characteristic-pct|39.0",
                        "cla-by-characteristic-pct|43.0",
                        "started-by-characteristic-pct|39.0");
    }

    @Test
    void storesAcademicYearsAsTheYearTheyEnd() throws Exception {
        assertThat(
                        query(
                                warehouse,
                                "SELECT min(period), max(period) FROM observation WHERE indicator_id = 'ks4-attainment8-average'"))
                .containsExactly("2019|2025");
    }

    @Test
    void keepsOneModelPerYearWhenCsvAndXlsxOfTheSameModelAreBothLoaded() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT model, count(*) FILTER (position = 1) FROM neighbour GROUP BY model ORDER BY model"))
                .hasSize(2)
                .allMatch(row -> row.startsWith("2021|") || row.startsWith("2025|"));
        assertThat(
                        query(
                                warehouse,
                                "SELECT neighbour_code FROM neighbour WHERE model = '2025' AND la_code = '358' ORDER BY position"))
                .containsExactly("919", "356", "825", "931", "936", "305", "895", "873", "916", "334");
    }

    @Test
    void keepsReorganisedCouncilsAndTheirSuccessorsOnTheirStableCodes() throws Exception {
        assertThat(query(warehouse, "SELECT name, terminated_on FROM area WHERE code = '909'"))
                .containsExactly("Cumbria|2023-03-31");
        assertThat(query(
                        warehouse,
                        "SELECT successor_code FROM area_succession WHERE predecessor_code = '909' ORDER BY 1"))
                .containsExactly("942", "943");
        assertThat(query(warehouse, "SELECT ons_code FROM area_ons_code WHERE area_code = '370' ORDER BY 1"))
                .containsExactly("E08000016", "E08000038");
        assertThat(query(warehouse, "SELECT ons_code FROM area WHERE code = '370'"))
                .containsExactly("E08000038");
        // 2011 to 2016 from the LA tables, 2017 derived from the 2017 count, 2020 to 2023 from the EES releases
        assertThat(query(
                        warehouse,
                        "SELECT count(*) FROM mart_observation WHERE area_code = '909'"
                                + " AND indicator_id = 'cla-rate-per-10k' AND value IS NOT NULL"))
                .containsExactly("11");
    }

    @Test
    void derivesRatesFromCountsAndOnsPopulationOfTheYearBefore() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT derived_rate, published_rate FROM mart_derived_rate"
                                + " WHERE indicator_id = 'cla-rate-per-10k' AND area_code = '358' AND period = 2024"))
                .containsExactly("67.0|67.0");
        // only the City of London, with about a thousand children, is sensitive to the population's vintage
        assertThat(query(
                        warehouse,
                        "SELECT DISTINCT area_code FROM mart_derived_rate WHERE abs(derived_rate - published_rate) > 3"
                                + " AND period >= 2021"))
                .containsExactly("201");
    }

    @Test
    void everyFigureIsEitherAValueOrASymbolAndKnowsItsRelease() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT count(*) FROM observation WHERE (value IS NULL) = (status IS NULL)"
                                + " OR release IS NULL"))
                .containsExactly("0");
    }

    @Test
    void reportsTheRejectedLayoutsNothing() throws Exception {
        assertThat(query(warehouse, "SELECT count(*) FROM source_file WHERE rows_loaded = 0"))
                .containsExactly("0");
    }
}
