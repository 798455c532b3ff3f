package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.figure;
import static org.carebench.pipeline.Warehouses.query;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 2015 and 2016 LA tables' health tables (LAI1 to LAI4) and starts (LAC1), and the starting and
 * ceasing rates derived for the years DfE published only the numbers, in the whole reference set's
 * import (shared with {@link LegacyImportIT}).
 */
class LegacyHealthAndRatesIT extends ImportedWarehouseTest {

    @Override
    List<String> inputs() {
        return WHOLE_REFERENCE_SET;
    }

    /**
     * LAI3 gives counts only, so its percentages are of the children looked after for 12 months in
     * the same row (Trafford 2015: 255 of 260 assessed); the 2016 workbook puts England's figures on
     * the row above its label (43,630 of 48,490 assessed: 90%).
     */
    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource(delimiter = ';', textBlock = """
            health-assessment-pct; 358;       2015; 98.0|null
            immunisations-pct;     358;       2015; 94.0|null
            dental-check-pct;      358;       2015; 87.0|null
            immunisations-pct;     358;       2016; 89.0|null
            health-assessment-pct; E92000001; 2016; 90.0|null
            immunisations-pct;     E92000001; 2016; 87.0|null
            dental-check-pct;      E92000001; 2016; 84.0|null
            dental-check-pct;      E12000001; 2016; 85.0|null
            convictions-pct;       E92000001; 2015; 5.0|null
            convictions-pct;       358;       2016; null|x
            substance-misuse-pct;  358;       2015; 9.0|null
            substance-misuse-pct;  E92000001; 2016; 4.0|null
            sdq-average-score;     358;       2013; 12.2|null
            sdq-average-score;     358;       2014; 10.5|null
            sdq-average-score;     358;       2016; 11.7|null
            cla-starting-count;    358;       2011; 80.0|null
            cla-starting-count;    358;       2016; 100.0|null
            """)
    void readsTheWorkbooksHealthTablesAndStarts(String indicator, String area, int period, String expected)
            throws Exception {
        assertThat(figure(warehouse, indicator, area, period)).isEqualTo(expected);
    }

    @Test
    void readsEveryAuthorityOfEachHealthTableInBothWorkbooks() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT s.layout, s.release, count(DISTINCT o.area_code) FILTER (regexp_full_match(o.area_code,"
                                + " '[0-9]{3}')), count(*) FILTER (o.area_code = 'E92000001') > 0 FROM observation o"
                                + " JOIN source_file s ON s.id = o.source_file_id WHERE s.layout IN ('sfr41-health-care',"
                                + " 'sfr41-offending', 'sfr41-substance-misuse', 'sfr41-sdq', 'sfr41-started')"
                                + " GROUP BY ALL ORDER BY 1, 2"))
                .hasSize(10)
                .allMatch(row -> row.endsWith("|152|true"));
    }

    /**
     * Trafford's starts (LAC1 of the 2016 workbook) per 10,000 children of ONS's mid-year estimate of
     * the year before: 2016 is 100 of 53,434 (18.7); 2020 on is DfE's own rate, never derived over.
     */
    @Test
    void derivesStartAndCeaseRatesBefore2020FromTheCountsAndPopulation() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT period, value, release, notes IS NOT NULL FROM observation WHERE is_current"
                                + " AND indicator_id = 'cla-starting-rate-per-10k' AND area_code = '358'"
                                + " AND breakdown = '' ORDER BY period"))
                .startsWith("2013|24.0|2016|true", "2014|26.0|2016|true", "2015|22.0|2016|true", "2016|19.0|2016|true")
                .contains("2020|18.0|2024|false");
        // England's from the 2024 release's time series of counts, for every year it has them
        assertThat(query(
                        warehouse,
                        "SELECT period, value, release FROM mart_observation WHERE indicator_id = 'cla-starting-rate-per-10k'"
                                + " AND area_code = 'E92000001' AND period BETWEEN 2016 AND 2019 ORDER BY period"))
                .containsExactly("2016|28.0|2024", "2017|28.0|2024", "2018|27.0|2024", "2019|27.0|2024");
        // the 2017 underlying data gives the number ceasing (and looked after), not the rates
        assertThat(figure(warehouse, "cla-ceasing-rate-per-10k", "358", 2017)).isEqualTo("16.0|null");
        assertThat(figure(warehouse, "cla-rate-per-10k", "358", 2017)).isEqualTo("71.0|null");
        assertThat(query(
                        warehouse,
                        "SELECT DISTINCT notes FROM observation WHERE indicator_id = 'cla-ceasing-rate-per-10k'"
                                + " AND period < 2020"))
                .containsExactly("Derived by Carebench where DfE published no figure: cla-ceasing-count per 10,000"
                        + " population-0-17 of the year before");
    }

    /** The derivation is DfE's own: for 2020 to 2022 it gives DfE's published rate for nearly every area. */
    @Test
    void derivesAsDfEDoesForTheYearsDfEPublishesTheRate() throws Exception {
        assertThat(
                        query(
                                warehouse,
                                "SELECT count(*) FILTER (round(c.value / p.value * 10000) = r.value) / count(*) > 0.98"
                                        + " FROM mart_observation r JOIN mart_observation c ON c.area_code = r.area_code"
                                        + " AND c.period = r.period AND c.breakdown = '' AND c.indicator_id = 'cla-starting-count'"
                                        + " JOIN mart_observation p ON p.indicator_id = 'population-0-17'"
                                        + " AND p.area_code = r.area_code AND p.period = r.period - 1 AND p.breakdown = ''"
                                        + " WHERE r.indicator_id = 'cla-starting-rate-per-10k' AND r.period BETWEEN 2020 AND 2022"))
                .containsExactly("true");
    }

    /**
     * Every council of 2013 that still existed in 2024 has ten years of cease rates and SDQ scores,
     * but the Isles of Scilly, which DfE's 2017 ceased file leaves out.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cla-ceasing-rate-per-10k", "sdq-average-score"})
    void givesEveryCouncilTenYears(String indicator) throws Exception {
        String years = "SELECT area_code, count(DISTINCT period) AS years FROM mart_observation WHERE indicator_id = ?"
                + " AND regexp_full_match(area_code, '[0-9]{3}') AND breakdown = ''"
                + " AND area_code IN (SELECT area_code FROM mart_observation WHERE indicator_id = ? AND period = 2013"
                + " AND value IS NOT NULL)"
                + " AND area_code IN (SELECT area_code FROM mart_observation WHERE indicator_id = ? AND period = 2024)"
                + " AND area_code <> '420' GROUP BY area_code";
        assertThat(query(warehouse, "SELECT count(*) FROM (" + years + ")", indicator, indicator, indicator))
                .singleElement()
                .satisfies(count -> assertThat(Integer.parseInt(count)).isGreaterThan(140));
        assertThat(query(warehouse, "SELECT * FROM (" + years + ") WHERE years < 10", indicator, indicator, indicator))
                .isEmpty();
    }
}
