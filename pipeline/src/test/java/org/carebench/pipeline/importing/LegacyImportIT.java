package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.figure;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DfE's pre-EES formats: the 2016 Excel LA tables and the 2017 wide underlying-data CSVs. */
class LegacyImportIT extends ImportedWarehouseTest {

    @Override
    List<String> inputs() {
        // The formats this class is about, named one by one: the folder also holds older files that other
        // layouts are yet to read.
        return List.of(
                referencePath("la-codes/las.csv"),
                referencePath("la-codes/regions.csv"),
                referencePath("legacy/SFR41_2016_LA_Tables.xlsx"),
                referencePath("legacy/SFR50_2017_MetaData.txt"),
                referencePath("legacy/SFR50_CEA2017.csv"),
                referencePath("legacy/SFR50_CLA2017.csv"),
                referencePath("legacy/SFR50_OC22017.csv"));
    }

    @Test
    void loadsTheWorkbookAndTheCsvsAndSkipsTheMetadata() {
        assertThat(outcome.exitCode()).as(outcome.summary()).isZero();
        assertThat(outcome.summary()).contains("7 loaded");
        assertThat(outcome.notData()).singleElement().asString().endsWith("SFR50_2017_MetaData.txt");
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource(delimiter = ';', textBlock = """
            cla-count;          E92000001; 2016; 70440.0|null
            cla-count;          E92000001; 2012; 67070.0|null
            cla-rate-per-10k;   E92000001; 2016; 60.0|null
            cla-rate-per-10k;   E12000001; 2016; 84.0|null
            cla-count;          841;       2012; 205.0|null
            cla-rate-per-10k;   841;       2016; 90.0|null
            cla-rate-per-10k;   909;       2016; 71.0|null
            cla-ceasing-count;  E92000001; 2016; 31710.0|null
            cla-ceasing-count;  841;       2013; 85.0|null
            cla-count;          358;       2017; 385.0|null
            cla-count;          E92000001; 2017; 72670.0|null
            cla-count;          E12000007; 2017; 9910.0|null
            sdq-average-score;  358;       2017; 10.9|null
            short-term-placements-count; 201; 2017; 0.0|null
            """)
    void readsRealValues(String indicator, String area, int period, String expected) throws Exception {
        assertThat(figure(warehouse, indicator, area, period)).isEqualTo(expected);
    }

    @Test
    void readsEveryLaOfTheWorkbookTable() throws Exception {
        assertThat(
                        query(
                                warehouse,
                                "SELECT count(DISTINCT area_code) FROM observation o JOIN source_file s"
                                        + " ON s.id = o.source_file_id WHERE s.layout = 'sfr41-cla-numbers-and-rates' AND regexp_full_match(o.area_code, '[0-9]{3}')"))
                .containsExactly("152");
    }
}
