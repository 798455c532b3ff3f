package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.figure;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input is rejected with a message naming file, row and column, and the published snapshot is
 * left exactly as it was; good input is loaded once, whatever DfE calls its columns this year.
 */
class ImportSafetyIT extends PipelineJobTest {

    static final Path NUMBERS = reference("dfe-cla/2024-release/cla_number_and_rate_per_10k_children.csv");
    static final Path STABILITY = reference("dfe-cla/2024-release/la_cla_placement_stability.csv");
    static final Path CODES = reference("la-codes/las.csv");

    @TempDir
    Path folder;

    @Autowired
    PipelineCommands commands;

    Warehouse warehouse;
    Path published;
    byte[] publishedBytes;

    @BeforeEach
    void publishFirstLoad() throws Exception {
        warehouse = new Warehouse(folder.resolve("warehouse"));
        assertThat(run(NUMBERS, CODES).exitCode()).isZero();
        published = warehouse.currentSnapshot().orElseThrow();
        publishedBytes = Files.readAllBytes(published);
    }

    @Test
    void setsAsideAFileNoDefinitionRecognisesListingItsHeaders() throws Exception {
        Path unknown = Files.writeString(folder.resolve("budget.csv"), "cost_centre,amount\nA1,100\n");
        ImportOutcome outcome = run(unknown);
        assertRejected(
                outcome,
                "budget.csv",
                "no definition recognises this file",
                "no definition shares most of its columns; its headers: cost_centre, amount");
    }

    @Test
    void saysACodeListSavedWithoutItsHeaderRowLacksIt() throws Exception {
        List<String> lines = Files.readAllLines(CODES);
        Path headless = Files.write(folder.resolve("las_no_header.csv"), lines.subList(1, lines.size()));

        assertRejected(
                run(headless),
                "las_no_header.csv",
                "its first row holds figures or codes (E06000001, Hartlepool,",
                "not column names: the header row is missing");
    }

    @Test
    void rejectsTextInANumericColumnNamingFileRowAndColumn() throws Exception {
        Path bad = Fixtures.rewriteRows(NUMBERS, folder.resolve("text_in_rate.csv"), row -> {
            if (row.get("la_name").equals("Trafford") && row.get("time_period").equals("2024")) {
                row.set("rate_per_10000", "sixty-seven");
            }
        });
        assertRejected(run(bad), "text_in_rate.csv row ", "column 'rate_per_10000'", "not a number", "sixty-seven");
        assertThat(Files.list(warehouse.logs()).map(Path::toString).toList())
                .anyMatch(name -> name.endsWith("-rejects.csv"));
    }

    @Test
    void rejectsAnUnknownLaCode() throws Exception {
        Path bad = Fixtures.rewriteRows(STABILITY, folder.resolve("unknown_la.csv"), row -> {
            if (row.get("old_la_code").equals("358")) {
                row.set("old_la_code", "999");
            }
        });
        assertRejected(run(bad), "unknown_la.csv row ", "column 'old_la_code'", "not a local authority code", "999");
    }

    @Test
    void rejectsAPercentageOutsideZeroToAHundred() throws Exception {
        Path bad = Fixtures.rewriteRows(STABILITY, folder.resolve("percent.csv"), row -> {
            if (row.get("old_la_code").equals("358")
                    && row.get("placement_stability").startsWith("With 3")) {
                row.set("percentage", "105");
            }
        });
        assertRejected(run(bad), "percent.csv row ", "column 'percentage'", "outside 0 to 100");
    }

    @Test
    void rejectsATotalThatDoesNotEqualItsParts() throws Exception {
        Path bad = Fixtures.rewriteRows(
                reference("dfe-cla/2024-release/la_care_leavers_intouch.csv"), folder.resolve("in_touch.csv"), row -> {
                    if (row.get("time_period").equals("2024")
                            && row.get("old_la_code").equals("807")
                            && row.get("age").equals("Aged 17 to 18")
                            && row.get("in_touch").equals("Total")) {
                        row.set("number", "54");
                    }
                });
        assertRejected(
                run(bad),
                "in_touch.csv row ",
                "column 'number'",
                "total that does not equal the sum of its parts",
                "total 54.0, parts sum to 53.0");
    }

    @Test
    void rejectsATruncatedFile() throws Exception {
        String text = Files.readString(NUMBERS, StandardCharsets.UTF_8);
        Path cut = Files.writeString(folder.resolve("cut_short.csv"), text.substring(0, text.length() / 2));
        assertRejected(run(cut), "cut_short.csv", "cannot be read as CSV");
    }

    @Test
    void rejectsAFileFarShorterThanItsLastLoad() throws Exception {
        List<String> lines = Files.readAllLines(NUMBERS, StandardCharsets.UTF_8);
        Path shorter = Files.write(
                Files.createDirectories(folder.resolve("next")).resolve(NUMBERS.getFileName()),
                lines.subList(0, lines.size() / 4));
        assertRejected(
                run(shorter), "cla_number_and_rate_per_10k_children.csv", "far fewer than the 2505 of its last load");
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        Path empty = Files.writeString(folder.resolve("empty.csv"), "");
        assertRejected(run(empty), "empty.csv", "the file is empty");
    }

    @Test
    void rejectsAWorkbookThatIsNotAWorkbook() throws Exception {
        Path fake = Files.writeString(folder.resolve("neighbours.xlsx"), "this is not a spreadsheet");
        assertRejected(run(fake), "neighbours.xlsx", "not a readable xlsx workbook");
    }

    @Test
    void loadingTheSameFileTwiceChangesNothing() throws Exception {
        ImportOutcome again = run(NUMBERS);
        assertThat(again.exitCode()).isZero();
        assertThat(again.summary()).contains("nothing new to publish").contains("1 already loaded");
        assertUnchanged();
    }

    @Test
    void aFolderLoadsWhatItCanSetsAsideTheUnknownAndListsTheRest() throws Exception {
        Path release = Files.createDirectories(folder.resolve("release"));
        Files.copy(STABILITY, release.resolve("la_cla_placement_stability.csv"));
        Files.writeString(release.resolve("budget.csv"), "cost_centre,amount\nA1,100\n");
        Files.writeString(release.resolve("guidance.txt"), "About these files");
        ImportOutcome outcome = run(release);
        assertThat(outcome.exitCode()).isEqualTo(ImportOutcome.PUBLISHED_WITH_FILES_SET_ASIDE);
        assertThat(outcome.summary())
                .contains("1 loaded")
                .contains("1 set aside")
                .contains("budget.csv");
        assertThat(figure(warehouse, "placement-3plus-moves-pct", "358", 2024)).isEqualTo("5.0|null");
        assertThat(figure(warehouse, "cla-rate-per-10k", "358", 2024)).isEqualTo("67.0|null");
    }

    @Test
    void theSameFileWithTheNextReleasesColumnNamesAndLabelsGivesTheSameFigures() throws Exception {
        Warehouse renamed = new Warehouse(folder.resolve("renamed"));
        Path numbers = Fixtures.replaceText(
                NUMBERS,
                folder.resolve("numbers_2025_names.csv"),
                "population_count,",
                "population_type,",
                ",number,",
                ",children_count,",
                "at 31 March",
                "on 31 March");
        Path stability = Fixtures.replaceText(
                STABILITY,
                folder.resolve("stability_2025_names.csv"),
                ",number,percentage",
                ",children_count,children_percent",
                "at 31 March",
                "on 31 March");
        assertThat(commands.importFiles(renamed, List.of(numbers.toString(), stability.toString(), CODES.toString()))
                        .exitCode())
                .isZero();
        assertThat(run(STABILITY).exitCode()).isZero();
        String figures = "SELECT indicator_id, area_code, period, value, status FROM mart_observation ORDER BY ALL";
        assertThat(query(renamed, figures)).hasSizeGreaterThan(5000).isEqualTo(query(warehouse, figures));
    }

    @Test
    void aNewerReleaseRevisesEarlierYearsAndKeepsTheOldFigureQueryable() throws Exception {
        Path revised = Fixtures.rewriteRows(NUMBERS, folder.resolve("cla_number_and_rate_2025.csv"), row -> {
            if (row.get("time_period").equals("2024")) {
                row.set("time_period", "2025");
            } else if (row.get("time_period").equals("2023")
                    && row.get("la_name").equals("Trafford")) {
                row.set("rate_per_10000", "99");
            }
        });
        assertThat(run(revised).exitCode()).isZero();
        assertThat(figure(warehouse, "cla-rate-per-10k", "358", 2023)).isEqualTo("99.0|null");
        assertThat(query(
                        warehouse,
                        "SELECT release, value, is_current FROM observation WHERE indicator_id = 'cla-rate-per-10k'"
                                + " AND area_code = '358' AND period = 2023 ORDER BY release"))
                .containsExactly("2024|63.0|false", "2025|99.0|true");
    }

    private ImportOutcome run(Path... paths) throws Exception {
        return commands.importFiles(
                warehouse, Arrays.stream(paths).map(Path::toString).toList());
    }

    private void assertRejected(ImportOutcome outcome, String... phrases) throws IOException {
        assertThat(outcome.exitCode()).as(outcome.summary()).isEqualTo(ImportOutcome.FAILED);
        assertThat(outcome.summary()).contains(phrases);
        assertUnchanged();
    }

    private void assertUnchanged() throws IOException {
        assertThat(warehouse.currentSnapshot()).contains(published);
        assertThat(Files.readAllBytes(published)).isEqualTo(publishedBytes);
        assertThat(warehouse.snapshots()).containsExactly(published);
    }
}
