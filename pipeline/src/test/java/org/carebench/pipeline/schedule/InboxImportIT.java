package org.carebench.pipeline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.figure;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.reference;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.importing.ImportOutcome;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The nightly run: what has finished arriving in the inbox is imported and filed away; a file that
 * fails is rejected with its reason and blocks nothing; a file still being written waits.
 */
class InboxImportIT extends PipelineJobTest {

    static final Path NUMBERS = reference("dfe-cla/2024-release/cla_number_and_rate_per_10k_children.csv");
    static final Path STABILITY = reference("dfe-cla/2024-release/la_cla_placement_stability.csv");
    static final Duration SETTLE = Duration.ofMillis(300);

    @TempDir
    Path folder;

    @Autowired
    InboxImport inboxImport;

    @Autowired
    PipelineCommands commands;

    Warehouse warehouse;
    Path inbox;
    Path archive;
    String today = LocalDate.now().toString();

    @BeforeEach
    void folders() throws IOException {
        warehouse = new Warehouse(folder.resolve("warehouse"));
        inbox = Files.createDirectories(folder.resolve("inbox"));
        archive = folder.resolve("warehouse/archive");
    }

    @Test
    void importsTheInboxAndArchivesWhatItLoadedAndWhatItSetAside() throws Exception {
        Path release = Files.createDirectories(inbox.resolve("2024-release"));
        Files.copy(STABILITY, release.resolve("la_cla_placement_stability.csv"));
        Files.writeString(release.resolve("budget.csv"), "cost_centre,amount\nA1,100\n");

        ImportOutcome outcome = inboxImport.run(warehouse, inbox, archive, SETTLE);

        assertThat(outcome.exitCode()).isEqualTo(ImportOutcome.PUBLISHED_WITH_FILES_SET_ASIDE);
        assertThat(figure(warehouse, "placement-long-term-stability-pct", "358", 2024))
                .isEqualTo("76.0|null");
        Path archived = archive.resolve(today).resolve("2024-release/la_cla_placement_stability.csv");
        assertThat(archived).exists();
        // kept once: the day's archive and the raw archive by checksum are one file on disk
        assertThat(Files.getAttribute(archived, "unix:nlink")).isEqualTo(2);
        assertThat(archive.resolve("set-aside").resolve(today).resolve("2024-release/budget.csv"))
                .exists();
        assertThat(filesIn(inbox)).isZero();
        assertThat(inboxImport.run(warehouse, inbox, archive, SETTLE).summary()).isEqualTo("Inbox is empty");
    }

    @Test
    void filesFailingTheirOwnChecksOrTheWarehouseComparisonAreRejectedAndTheRestPublished() throws Exception {
        assertThat(commands.importFiles(warehouse, List.of(NUMBERS.toString())).exitCode())
                .isZero();
        List<String> lines = Files.readAllLines(NUMBERS, StandardCharsets.UTF_8);
        Files.write(inbox.resolve(NUMBERS.getFileName()), lines.subList(0, lines.size() / 4));
        Files.writeString(inbox.resolve("neighbours.xlsx"), "this is not a spreadsheet");
        Files.copy(STABILITY, inbox.resolve(STABILITY.getFileName()));

        ImportOutcome outcome = inboxImport.run(warehouse, inbox, archive, SETTLE);

        assertThat(outcome.exitCode()).as(outcome.summary()).isEqualTo(ImportOutcome.PUBLISHED_WITH_FILES_SET_ASIDE);
        assertThat(outcome.summary()).contains("1 loaded", "2 rejected");
        assertThat(figure(warehouse, "placement-long-term-stability-pct", "358", 2024))
                .isEqualTo("76.0|null");
        assertThat(query(
                        warehouse,
                        "SELECT max(rows_read) FROM source_file WHERE file_name = ?",
                        NUMBERS.getFileName().toString()))
                .containsExactly(String.valueOf(lines.size() - 1));
        Path rejected = archive.resolve("rejected").resolve(today);
        assertThat(rejected.resolve(NUMBERS.getFileName() + ".reason.txt"))
                .content()
                .contains("far fewer than the 2505 of its last load");
        assertThat(rejected.resolve("neighbours.xlsx.reason.txt")).content().contains("not a readable xlsx workbook");
        assertThat(rejected.resolve("neighbours.xlsx")).exists();
        assertThat(archive.resolve(today).resolve(STABILITY.getFileName())).exists();
        assertThat(filesIn(inbox)).isZero();

        Files.copy(reference("dfe-cla/2024-release/la_care_leavers_intouch.csv"), inbox.resolve("in_touch.csv"));
        assertThat(inboxImport.run(warehouse, inbox, archive, SETTLE).exitCode())
                .isZero();
        assertThat(filesIn(inbox)).isZero();
    }

    @Test
    void allOrNothingPublishesNothingWhenOneFileFails() throws Exception {
        Path bad = Files.writeString(folder.resolve("neighbours.xlsx"), "this is not a spreadsheet");

        ImportOutcome outcome =
                commands.importFiles(warehouse, List.of(STABILITY.toString(), bad.toString()), true, 10);

        assertThat(outcome.exitCode()).isEqualTo(ImportOutcome.FAILED);
        assertThat(outcome.summary()).contains("nothing published", "neighbours.xlsx", "not a readable xlsx workbook");
        assertThat(warehouse.currentSnapshot()).isEmpty();
        assertThat(warehouse.snapshots()).isEmpty();
    }

    @Test
    void aFileStillBeingWrittenIsLeftForTheNextCycleAndThenLoadedWhole() throws Exception {
        List<String> lines = Files.readAllLines(STABILITY, StandardCharsets.UTF_8);
        Path arriving = inbox.resolve(STABILITY.getFileName());
        Files.copy(NUMBERS, inbox.resolve("cla_number_and_rate_per_10k_children.partial"));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> writeSlowly(arriving, lines));

        ImportOutcome whileWriting = inboxImport.run(warehouse, inbox, archive, SETTLE);

        assertThat(writer).isNotDone();
        assertThat(whileWriting.summary()).isEqualTo("Nothing complete in the inbox yet");
        assertThat(warehouse.currentSnapshot()).isEmpty();
        assertThat(arriving).exists();
        writer.get();
        Files.move(
                inbox.resolve("cla_number_and_rate_per_10k_children.partial"),
                inbox.resolve("cla_number_and_rate_per_10k_children.csv"));

        ImportOutcome complete = inboxImport.run(warehouse, inbox, archive, SETTLE);

        assertThat(complete.exitCode()).as(complete.summary()).isZero();
        assertThat(complete.summary()).contains("2 loaded");
        assertThat(query(
                        warehouse,
                        "SELECT rows_read FROM source_file WHERE file_name = ?",
                        STABILITY.getFileName().toString()))
                .containsExactly(String.valueOf(lines.size() - 1));
    }

    /** A copy over a slow link: a few lines at a time, the file open throughout, for about two seconds. */
    private static void writeSlowly(Path file, List<String> lines) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int step = Math.max(1, lines.size() / 40);
            for (int i = 0; i < lines.size(); i++) {
                out.write(lines.get(i) + "\n");
                if (i % step == 0) {
                    out.flush();
                    Thread.sleep(50);
                }
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
