package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.local.LocalCommands;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every file of the hostile corpus is refused with a message naming it (and its sheet, row and
 * column where there is one), the import exits 1, and the published snapshot and the pointer to it
 * are byte for byte what they were. Prints a table of file and outcome.
 */
class HostileInputIT extends PipelineJobTest {

    private static final Map<String, String> OUTCOMES = new TreeMap<>();

    @TempDir
    static Path folder;

    @Autowired
    PipelineCommands commands;

    @Autowired
    LocalCommands local;

    /** The external entities point at a local file whose text must never be read into anything. */
    static Stream<HostileCorpus.Case> corpus() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), HostileCorpus.SECRET);
        return HostileCorpus.cases(secret).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileFileIsRefusedClearlyAndThePublishedSnapshotStaysByteIdentical(HostileCorpus.Case hostile)
            throws Exception {
        Warehouse warehouse = publishedWarehouse();
        String before = Published.fingerprint(warehouse);
        Path file = hostile.write(Files.createDirectories(folder.resolve("corpus")));

        int exitCode;
        String summary;
        if (hostile.isLocalExtract()) {
            var outcome =
                    local.importExtract(warehouse, "358", LocalDate.of(2018, 3, 31), null, List.of(file.toString()));
            exitCode = outcome.exitCode();
            summary = outcome.summary();
        } else {
            ImportOutcome outcome = commands.importFiles(warehouse, List.of(file.toString()));
            exitCode = outcome.exitCode();
            summary = outcome.summary();
        }
        OUTCOMES.put(hostile.file(), "exit " + exitCode + ": " + summary);

        assertThat(exitCode).as(summary).isEqualTo(ImportOutcome.FAILED);
        assertThat(summary).contains(hostile.expected()).doesNotContain(HostileCorpus.SECRET);
        assertThat(summary.length()).as("one readable line").isLessThan(1000);
        assertThat(Published.fingerprint(warehouse)).isEqualTo(before);
        assertThat(Published.anyFileContains(warehouse.directory(), HostileCorpus.SECRET))
                .isFalse();
    }

    /** Streamed through the real command line in a 256 MB heap: a million rows neither exhaust memory nor hang. */
    @Test
    void aSheetOfAMillionRowsIsStreamedInASmallHeapAndRefusedForItsDuplicates() throws Exception {
        Warehouse warehouse = publishedWarehouse();
        String before = Published.fingerprint(warehouse);
        Path file = folder.resolve("corpus-million").resolve("million_rows.xlsx");
        Files.createDirectories(file.getParent());
        HostileCorpus.millionRows(file, 1_000_000);

        Path jar = Path.of("target/carebench-pipeline.jar").toAbsolutePath();
        long started = System.nanoTime();
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        jar.toString(),
                        "import",
                        "--warehouse",
                        warehouse.directory().toString(),
                        file.toString(),
                        "--jobs",
                        System.getProperty("carebench.jobs", "../jobs")))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("million.log").toFile())
                .start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
        String log = Files.readString(folder.resolve("million.log"), StandardCharsets.UTF_8);
        String lastLine = log.strip().lines().reduce((first, second) -> second).orElse("");
        OUTCOMES.put(
                "million_rows.xlsx (" + Files.size(file) / 1_000_000 + " MB, -Xmx256m, "
                        + (System.nanoTime() - started) / 1_000_000_000 + " s)",
                "exit " + process.exitValue() + ": " + lastLine);

        assertThat(log).doesNotContain("OutOfMemoryError");
        assertThat(process.exitValue()).as(log).isEqualTo(ImportOutcome.FAILED);
        assertThat(lastLine).contains("million_rows.xlsx", "sheet 'Data' row ");
        assertThat(Published.fingerprint(warehouse)).isEqualTo(before);
    }

    @AfterAll
    static void printTheOutcomes() {
        List<String> table = new ArrayList<>(List.of("| file | outcome |", "|---|---|"));
        OUTCOMES.forEach((file, outcome) -> table.add("| " + file + " | " + outcome.replace("|", "\\|") + " |"));
        System.out.println("Hostile corpus, file by file:\n" + String.join("\n", table));
    }

    private static Warehouse shared;

    /** One warehouse with a published snapshot, shared by the corpus: a refused file changes nothing. */
    private Warehouse publishedWarehouse() throws Exception {
        if (shared == null) {
            shared = new Warehouse(folder.resolve("warehouse"));
            ImportOutcome first = commands.importFiles(
                    shared, List.of(reference("la-codes/las.csv").toString(), HostileCorpus.STABILITY.toString()));
            assertThat(first.exitCode()).as(first.summary()).isZero();
        }
        return shared;
    }
}
