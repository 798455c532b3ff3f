package org.carebench.pipeline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.figure;
import static org.carebench.pipeline.Warehouses.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.importing.ImportOutcome;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The nightly run: what arrived in the inbox is imported and filed away; a failure leaves it all. */
class InboxImportIT extends PipelineJobTest {

    @TempDir
    Path folder;

    @Autowired
    InboxImport inboxImport;

    @Test
    void importsTheInboxAndArchivesWhatItLoadedAndWhatItSetAside() throws Exception {
        Path inbox = Files.createDirectories(folder.resolve("inbox/2024-release"));
        Files.copy(
                reference("dfe-cla/2024-release/la_cla_placement_stability.csv"),
                inbox.resolve("la_cla_placement_stability.csv"));
        Files.writeString(inbox.resolve("budget.csv"), "cost_centre,amount\nA1,100\n");
        Warehouse warehouse = new Warehouse(folder.resolve("warehouse"));
        Path archive = folder.resolve("warehouse/archive");

        ImportOutcome outcome = inboxImport.run(warehouse, folder.resolve("inbox"), archive);

        assertThat(outcome.exitCode()).isEqualTo(ImportOutcome.PUBLISHED_WITH_FILES_SET_ASIDE);
        assertThat(figure(warehouse, "placement-long-term-stability-pct", "358", 2024))
                .isEqualTo("76.0|null");
        String today = LocalDate.now().toString();
        assertThat(archive.resolve(today).resolve("2024-release/la_cla_placement_stability.csv"))
                .exists();
        assertThat(archive.resolve("set-aside").resolve(today).resolve("2024-release/budget.csv"))
                .exists();
        assertThat(filesIn(folder.resolve("inbox"))).isZero();
        assertThat(inboxImport.run(warehouse, folder.resolve("inbox"), archive).summary())
                .isEqualTo("Inbox is empty");
    }

    @Test
    void aFailedImportLeavesEverythingInTheInbox() throws Exception {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        Files.writeString(inbox.resolve("empty.csv"), "");
        ImportOutcome outcome =
                inboxImport.run(new Warehouse(folder.resolve("warehouse")), inbox, folder.resolve("archive"));
        assertThat(outcome.exitCode()).isEqualTo(ImportOutcome.FAILED);
        assertThat(inbox.resolve("empty.csv")).exists();
        assertThat(folder.resolve("archive")).doesNotExist();
    }

    private static long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
