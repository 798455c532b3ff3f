package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.figure;
import static org.carebench.pipeline.Warehouses.query;

import java.util.List;
import java.util.Map;
import org.carebench.pipeline.history.HistoryCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DfE's pre-EES formats, loaded with the whole reference set: the 2015 and 2016 Excel LA tables, the
 * 2012 to 2017 wide underlying-data CSVs (year in the column or file name, percentages derived from
 * counts) and the 2022 release's placement-stability file, giving councils ten years of history.
 */
class LegacyImportIT extends ImportedWarehouseTest {

    @Override
    List<String> inputs() {
        return WHOLE_REFERENCE_SET;
    }

    @Test
    void loadsEveryLegacyFileAsItsReleaseAndNamesEachMetadataFileSkipped() throws Exception {
        assertThat(outcome.exitCode()).as(outcome.summary()).isZero();
        assertThat(query(
                        warehouse,
                        "SELECT regexp_extract(path, '[^/]+$'), layout, release FROM source_file"
                                + " WHERE path LIKE '%/legacy/%' ORDER BY 1, 2"))
                .containsExactly(
                        "SFR20_CLA2012.csv|sfr-underlying-cla|2012",
                        "SFR34_2015_Local_Authority_Tables.xlsx|sfr41-ceased|2015",
                        "SFR34_2015_Local_Authority_Tables.xlsx|sfr41-cla-numbers-and-rates|2015",
                        "SFR34_2015_Local_Authority_Tables.xlsx|sfr41-health-care|2015",
                        "SFR34_2015_Local_Authority_Tables.xlsx|sfr41-offending|2015",
                        "SFR34_2015_Local_Authority_Tables.xlsx|sfr41-sdq|2015",
                        "SFR34_2015_Local_Authority_Tables.xlsx|sfr41-started|2015",
                        "SFR34_2015_Local_Authority_Tables.xlsx|sfr41-substance-misuse|2015",
                        "SFR34_CEA2015.csv|sfr-underlying-ceased|2015",
                        "SFR34_CLA2015.csv|sfr-underlying-cla|2015",
                        "SFR36_CEA2013.csv|sfr-underlying-ceased|2013",
                        "SFR36_CLA2013.csv|sfr-underlying-cla|2013",
                        "SFR41_2016_LA_Tables.xlsx|sfr41-ceased|2016",
                        "SFR41_2016_LA_Tables.xlsx|sfr41-cla-numbers-and-rates|2016",
                        "SFR41_2016_LA_Tables.xlsx|sfr41-health-care|2016",
                        "SFR41_2016_LA_Tables.xlsx|sfr41-offending|2016",
                        "SFR41_2016_LA_Tables.xlsx|sfr41-sdq|2016",
                        "SFR41_2016_LA_Tables.xlsx|sfr41-started|2016",
                        "SFR41_2016_LA_Tables.xlsx|sfr41-substance-misuse|2016",
                        "SFR41_CEA2016.csv|sfr-underlying-ceased|2016",
                        "SFR41_CLA2016.csv|sfr-underlying-cla|2016",
                        "SFR50_CEA2017.csv|sfr-underlying-ceased|2017",
                        "SFR50_CLA2017.csv|sfr-underlying-cla|2017",
                        "SFR50_OC22017.csv|sfr-underlying-health|2017",
                        "SFR_CEA2012.csv|sfr-underlying-ceased|2012",
                        "la_cla_at_31_march_placement_stability_indicator.csv|placement-stability-before-2023|2022");
        assertThat(outcome.notData())
                .anyMatch(path -> path.endsWith("SFR34_2015_MetaData.txt"))
                .anyMatch(path -> path.endsWith("SFR41_2016_MetaData.txt"))
                .anyMatch(path -> path.endsWith("SFR50_2017_MetaData.txt"));
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource(delimiter = ';', textBlock = """
            cla-count;                  841;       2011; 185.0|null
            cla-rate-per-10k;           841;       2011; 82.0|null
            cla-count;                  E92000001; 2016; 70400.0|null
            cla-count;                  E92000001; 2012; 67070.0|null
            cla-count;                  358;       2012; 275.0|null
            cla-rate-per-10k;           E12000001; 2016; 84.0|null
            cla-rate-per-10k;           909;       2016; 71.0|null
            cla-ceasing-count;          841;       2013; 85.0|null
            cla-count;                  358;       2017; 385.0|null
            cla-count;                  E12000007; 2017; 9910.0|null
            short-term-placements-count; 201;      2017; 0.0|null
            placement-3plus-moves-pct;  E92000001; 2012; 11.0|null
            placement-3plus-moves-pct;  358;       2012; 7.0|null
            placement-3plus-moves-pct;  358;       2013; 8.0|null
            placement-3plus-moves-pct;  358;       2018; 9.0|null
            ceased-adopted-pct;         E92000001; 2013; 14.0|null
            ceased-adopted-pct;         358;       2013; null|x
            ceased-sgo-pct;             E92000001; 2016; 12.0|null
            health-assessment-pct;      358;       2017; 99.0|null
            convictions-pct;            358;       2017; 4.0|null
            sdq-average-score;          358;       2017; 10.9|null
            """)
    void readsRealValues(String indicator, String area, int period, String expected) throws Exception {
        assertThat(figure(warehouse, indicator, area, period)).isEqualTo(expected);
    }

    @Test
    void findsTheWorkbookTablesColumnsByContentInBothYears() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT s.path, count(DISTINCT o.area_code) FROM observation o JOIN source_file s"
                                + " ON s.id = o.source_file_id WHERE s.layout = 'sfr41-cla-numbers-and-rates'"
                                + " AND regexp_full_match(o.area_code, '[0-9]{3}') GROUP BY s.path ORDER BY 1"))
                .hasSize(2)
                .allMatch(row -> row.endsWith("|152"));
    }

    @Test
    void aNewerReleaseWinsForTheYearsItCoversAndOlderFilesFillTheYearsBefore() throws Exception {
        // for 2020 to 2022 the 2022 release's figure stays current only where the 2024 release has none
        // (councils dissolved in 2019, which the 2022 release still listed as not applicable)
        assertThat(query(
                        warehouse,
                        "SELECT o.period, count(*) FILTER (o.release = '2022' AND newer.area_code IS NOT NULL),"
                                + " count(*) FILTER (o.release = '2024') > 100 FROM mart_observation o"
                                + " LEFT JOIN observation newer ON newer.release = '2024'"
                                + " AND newer.indicator_id = o.indicator_id AND newer.area_code = o.area_code"
                                + " AND newer.period = o.period AND newer.breakdown = o.breakdown"
                                + " WHERE o.indicator_id = 'placement-3plus-moves-pct' AND o.period BETWEEN 2018 AND 2022"
                                + " GROUP BY o.period ORDER BY o.period"))
                .containsExactly("2018|0|false", "2019|0|false", "2020|0|true", "2021|0|true", "2022|0|true");
        // the 2012 release's own count, revised (rounded) by the 2015 and then the 2016 LA tables
        assertThat(query(
                        warehouse,
                        "SELECT release, value, is_current FROM observation WHERE indicator_id = 'cla-count'"
                                + " AND area_code = '358' AND period = 2012 ORDER BY release"))
                .containsExactly("2012|278.0|false", "2015|275.0|false", "2016|275.0|true");
    }

    /**
     * Every council the 2012 files give the indicator for, and that still existed in 2024, has ten or
     * more years of it (the Isles of Scilly, absent from DfE's old ceased files, has only the EES years).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cla-count", "cla-rate-per-10k", "ceased-adopted-pct", "ceased-sgo-pct"})
    void givesEveryCouncilTenYearsOrMore(String indicator) throws Exception {
        String years = "SELECT area_code, count(DISTINCT period) AS years FROM mart_observation WHERE indicator_id = ?"
                + " AND regexp_full_match(area_code, '[0-9]{3}') AND breakdown = ''"
                + " AND area_code IN (SELECT area_code FROM mart_observation WHERE indicator_id = ? AND period = 2012)"
                + " AND area_code IN (SELECT area_code FROM mart_observation WHERE indicator_id = ? AND period = 2024)"
                + " GROUP BY area_code";
        assertThat(query(warehouse, "SELECT count(*) FROM (" + years + ")", indicator, indicator, indicator))
                .singleElement()
                .satisfies(count -> assertThat(Integer.parseInt(count)).isGreaterThan(140));
        assertThat(query(warehouse, "SELECT * FROM (" + years + ") WHERE years < 10", indicator, indicator, indicator))
                .isEmpty();
    }

    @Test
    void printsTheYearsEachHeadlineIndicatorCoversForOneCouncil() throws Exception {
        Map<String, List<Integer>> years = HistoryCoverage.years(warehouse, "358");
        System.out.print("Years covered for LA 358:\n" + HistoryCoverage.describe(years));
        assertThat(years.get("cla-count")).hasSizeGreaterThanOrEqualTo(10).contains(2011, 2017, 2024);
        assertThat(years.get("placement-3plus-moves-pct")).contains(2012, 2013, 2018, 2019, 2024);
    }
}
