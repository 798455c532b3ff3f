package org.carebench.pipeline.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The same extract as CSV tables and as the XML return; DfE's own XML sample; a rolling period. */
class LocalExtractFormsIT extends PipelineJobTest {

    private static final String LOCAL_FIGURES =
            "SELECT indicator_id, breakdown, period, period_end, value FROM mart_local_observation"
                    + " ORDER BY indicator_id, breakdown";

    @TempDir
    Path folder;

    @Autowired
    LocalCommands local;

    @Test
    void xmlAndCsvFormsOfOneExtractGiveIdenticalIndicators() throws Exception {
        Warehouse fromCsv = new Warehouse(folder.resolve("csv"));
        Warehouse fromXml = new Warehouse(folder.resolve("xml"));
        Path xml = Ssda903XmlWriter.write(Path.of("target/local-extract/fake_903_from_csv.xml"));

        LocalOutcome csvOutcome = local.importExtract(
                fromCsv, "358", LocalDate.of(2018, 3, 31), LocalDate.of(2018, 4, 1), 100.0, ExtractTables.csvPaths());
        LocalOutcome xmlOutcome = local.importExtract(
                fromXml, "358", LocalDate.of(2018, 3, 31), LocalDate.of(2018, 4, 1), 100.0, List.of(xml.toString()));

        assertThat(xmlOutcome.exitCode()).as(xmlOutcome.summary()).isEqualTo(csvOutcome.exitCode());
        List<String> csvFigures = query(fromCsv, LOCAL_FIGURES);
        assertThat(csvFigures).hasSizeGreaterThan(15);
        assertThat(query(fromXml, LOCAL_FIGURES)).isEqualTo(csvFigures);
    }

    @Test
    void readsDfEsXmlSample() throws Exception {
        Warehouse warehouse = new Warehouse(folder.resolve("sample"));

        LocalOutcome outcome = local.importExtract(
                warehouse,
                "358",
                LocalDate.of(2018, 3, 31),
                null,
                100.0,
                List.of(referencePath("ssda903/fake_data/fake_903.xml")));

        assertThat(outcome.exitCode())
                .as(outcome.summary())
                .isIn(LocalOutcome.PUBLISHED, LocalOutcome.PUBLISHED_WITH_FIGURES_WITHHELD);
        assertThat(query(warehouse, "SELECT count(*) FROM mart_local_observation WHERE indicator_id = 'cla-count'"))
                .containsExactly("1");
    }

    @Test
    void rollingTwelveMonthsEndOnAnyMonthEndAndBelongToTheYearTheyEndIn() throws Exception {
        Warehouse warehouse = new Warehouse(folder.resolve("rolling"));
        LocalDate end = LocalDate.of(2017, 9, 30);

        LocalOutcome outcome =
                local.importExtract(warehouse, "358", end, LocalDate.of(2018, 4, 1), 100.0, ExtractTables.csvPaths());

        assertThat(outcome.exitCode()).as(outcome.summary()).isNotEqualTo(LocalOutcome.FAILED);
        IndependentFigures independent = new IndependentFigures();
        assertThat(
                        query(
                                warehouse,
                                "SELECT period, period_end, value FROM mart_local_observation WHERE indicator_id = 'cla-count'"))
                .containsExactly("2018|2017-09-30|" + (double) independent.lookedAfterOn(end));
        assertThat(query(
                        warehouse,
                        "SELECT value FROM mart_local_observation WHERE indicator_id = 'cla-starting-count'"))
                .containsExactly(Double.toString(independent.started(LocalDate.of(2016, 10, 1), end)));
    }

    @Test
    void aLaterExtractSupersedesAnEarlierOneAndAnOlderOneArrivingLateDoesNot() throws Exception {
        Warehouse warehouse = new Warehouse(folder.resolve("revisions"));
        LocalDate yearEnd = LocalDate.of(2018, 3, 31);
        for (LocalDate extractDate :
                List.of(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30), LocalDate.of(2018, 4, 15))) {
            assertThat(local.importExtract(warehouse, "358", yearEnd, extractDate, 100.0, ExtractTables.csvPaths())
                            .exitCode())
                    .isNotEqualTo(LocalOutcome.FAILED);
        }

        assertThat(
                        query(
                                warehouse,
                                "SELECT release, is_current FROM observation WHERE indicator_id = 'cla-count' ORDER BY release"))
                .containsExactly(
                        "local extract 2018-04-01|false",
                        "local extract 2018-04-15|false",
                        "local extract 2018-04-30|true");
        assertThat(query(warehouse, "SELECT release FROM mart_local_observation WHERE indicator_id = 'cla-count'"))
                .containsExactly("local extract 2018-04-30");
    }
}
