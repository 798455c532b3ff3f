package org.carebench.pipeline.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.definition.Definitions;
import org.carebench.pipeline.definition.IndicatorDefinition;
import org.carebench.pipeline.importing.ImportOutcome;
import org.carebench.pipeline.local.LocalCommands;
import org.carebench.pipeline.local.LocalOutcome;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bundled sample is what the generator writes, byte for byte, and imported as the README says
 * (the national files, then the council's extract and local-figures workbook) it gives every indicator of the catalogue ten
 * years of figures for England, every region and every authority (England's alone where the
 * catalogue says "(England"), and every local figure the extract can give.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataIT extends PipelineJobTest {

    static final Path SAMPLE = Path.of("../data/sample");
    private static final Pattern ENGLAND_ONLY = Pattern.compile("\\(England[,)]");

    @TempDir
    static Path folder;

    @Autowired
    PipelineCommands commands;

    @Autowired
    LocalCommands local;

    @Autowired
    Definitions definitions;

    Warehouse warehouse;
    ImportOutcome national;
    LocalOutcome extract;
    LocalOutcome localFigures;

    @BeforeAll
    void importTheSampleAsTheReadmeDoes() throws Exception {
        warehouse = new Warehouse(folder.resolve("warehouse"));
        national = commands.importFiles(
                warehouse, List.of(SAMPLE.resolve(SampleData.NATIONAL).toString()));
        extract = local.importExtract(
                warehouse,
                SampleExtract.AUTHORITY,
                SampleExtract.YEAR_END,
                null,
                List.of(SAMPLE.resolve(SampleData.EXTRACT).toString()));
        localFigures = local.importExtract(
                warehouse,
                SampleExtract.AUTHORITY,
                null,
                null,
                List.of(SAMPLE.resolve(SampleData.LOCAL_FIGURES)
                        .resolve(SampleLocalFigures.FILE)
                        .toString()));
    }

    @Test
    void theCommittedSampleIsExactlyWhatTheGeneratorWrites() throws IOException {
        Path written = folder.resolve("written");
        SampleData.write(written);
        assertThat(relativeFiles(SAMPLE)).isEqualTo(relativeFiles(written));
        for (String file : relativeFiles(written)) {
            assertThat(Files.readAllBytes(SAMPLE.resolve(file)))
                    .as("data/sample/%s differs from what SampleData writes: run the generator (see the README)", file)
                    .isEqualTo(Files.readAllBytes(written.resolve(file)));
        }
    }

    @Test
    void importsEveryNationalFileAsSampleData() throws Exception {
        assertThat(national.exitCode()).as(national.summary()).isEqualTo(ImportOutcome.LOADED);
        assertThat(national.setAside()).as(national.summary()).isEmpty();
        assertThat(query(
                        warehouse,
                        "SELECT count(*) FILTER (NOT sample), count(*) FILTER (sample) > 20 FROM source_file"))
                .containsExactly("0|true");
    }

    @Test
    void everyIndicatorHasTenYearsForEveryAreaItIsPublishedFor() throws Exception {
        List<String> areas = query(warehouse, "SELECT code FROM area ORDER BY code");
        assertThat(areas).hasSize(1 + SampleAreas.REGIONS.size() + SampleAreas.AUTHORITIES.size());
        Set<String> covered = new HashSet<>(query(
                warehouse,
                "SELECT indicator_id || ' ' || area_code FROM mart_observation"
                        + " WHERE source = 'national' GROUP BY indicator_id, area_code"
                        + " HAVING count(DISTINCT period) >= 10 AND count(value) > 0"));
        List<String> gaps = new ArrayList<>();
        for (IndicatorDefinition indicator : definitions.indicators().values()) {
            if (indicator.theme().equals("Local figures")) {
                continue;
            }
            boolean englandOnly = ENGLAND_ONLY
                    .matcher(indicator.title() + " " + indicator.definition())
                    .find();
            for (String area : englandOnly ? List.of(SampleAreas.ENGLAND.code()) : areas) {
                if (!covered.contains(indicator.id() + " " + area)) {
                    gaps.add(indicator.id() + " for " + area);
                }
            }
        }
        assertThat(gaps).as("indicators without ten years of sample figures").isEmpty();
    }

    @Test
    void theCouncilsExtractBreaksNoneOfDfesRules() {
        // rule 580 once flagged two children missing on the day their care ended with a reason other than E8
        assertThat(extract.summary()).contains("no validation findings");
    }

    @Test
    void theCouncilsExtractGivesEveryLocalFigureWithNothingWithheld() throws Exception {
        assertThat(extract.exitCode()).as(extract.summary()).isEqualTo(LocalOutcome.PUBLISHED);
        List<String> expected = new ArrayList<>();
        definitions.localIndicators().indicators().forEach(indicator -> expected.add(indicator.id()));
        definitions.localIndicators().rates().forEach(rate -> expected.add(rate.id()));
        assertThat(query(
                        warehouse,
                        "SELECT DISTINCT o.indicator_id FROM observation o JOIN source_file s ON s.id = o.source_file_id"
                                + " WHERE o.source = 'local' AND s.layout = 'ssda903-csv' AND o.area_code = ? AND o.period = 2025"
                                + " AND o.value IS NOT NULL ORDER BY 1",
                        SampleExtract.AUTHORITY))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theLocalFiguresWorkbookGivesFiveYearsOfWhatNoReturnCarries() throws Exception {
        assertThat(localFigures.exitCode()).as(localFigures.summary()).isEqualTo(LocalOutcome.PUBLISHED);
        for (IndicatorDefinition indicator : definitions.indicators().values()) {
            if (indicator.theme().equals("Local figures")) {
                assertThat(query(
                                warehouse,
                                "SELECT count(DISTINCT period) FROM observation WHERE source = 'local'"
                                        + " AND indicator_id = ? AND area_code = ? AND value IS NOT NULL",
                                indicator.id(),
                                SampleExtract.AUTHORITY))
                        .as(indicator.id())
                        .containsExactly("5");
            }
        }
        assertThat(query(warehouse, "SELECT count(*) FILTER (NOT sample) FROM source_file"))
                .containsExactly("0");
    }

    @Test
    void bothNeighbourModelsGiveEveryAuthorityTenNeighbours() throws Exception {
        assertThat(query(
                        warehouse,
                        "SELECT model, count(DISTINCT la_code), count(*) FROM neighbour GROUP BY model ORDER BY model"))
                .containsExactly("2021|14|140", "2025|14|140");
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString())
                    .sorted()
                    .toList();
        }
    }
}
