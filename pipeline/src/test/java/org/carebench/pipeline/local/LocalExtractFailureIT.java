package org.carebench.pipeline.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.carebench.pipeline.PipelineApplication;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A bad extract fails with a clear report and leaves the published snapshot exactly as it was. */
class LocalExtractFailureIT extends PipelineJobTest {

    @TempDir
    Path folder;

    @Autowired
    LocalCommands local;

    Warehouse warehouse;
    Path current;
    byte[] before;

    @BeforeEach
    void publishAGoodExtract() throws Exception {
        warehouse = new Warehouse(folder.resolve("warehouse"));
        assertThat(importExtract(ExtractTables.csvPaths()).exitCode()).isNotEqualTo(LocalOutcome.FAILED);
        current = warehouse.currentSnapshot().orElseThrow();
        before = Files.readAllBytes(current);
    }

    @Test
    void missingHeaderTable() throws Exception {
        List<String> paths = new ArrayList<>(ExtractTables.csvPaths());
        paths.removeIf(path -> path.endsWith("/header.csv"));
        assertFailsLeavingThePublishedData(importExtract(paths), "table-missing", "Header");
    }

    @Test
    void datesInAnotherFormat() throws Exception {
        Path episodes = ExtractTables.copyWith(
                folder,
                "episodes.csv",
                text -> Pattern.compile("(\\d\\d)/(\\d\\d)/(\\d{4})")
                        .matcher(text)
                        .replaceAll("$3-$2-$1"));
        assertFailsLeavingThePublishedData(
                importExtract(replacing("episodes.csv", episodes)), "date-format", "Episodes");
    }

    @Test
    void episodeForAChildNotInHeader() throws Exception {
        Path episodes = ExtractTables.copyWith(
                folder, "episodes.csv", text -> text + "NOSUCHCHILD,01/05/2017,S,C2,N1,U1,PR1,,,,,,\n");
        assertFailsLeavingThePublishedData(
                importExtract(replacing("episodes.csv", episodes)), "child-not-in-header", "NOSUCHCHILD");
    }

    /** Through the command line, as cron runs it: exit code 1 and one line naming the rule and child. */
    @Test
    void childTwiceInHeader() throws Exception {
        Path header = ExtractTables.copyWith(
                folder,
                "header.csv",
                text -> text + text.lines().skip(1).findFirst().orElseThrow() + "\n");
        List<String> args = new ArrayList<>(List.of(
                "import-local",
                "--warehouse",
                warehouse.directory().toString(),
                "--jobs",
                System.getProperty("carebench.jobs", "../jobs"),
                "--la",
                "358",
                "--period-end",
                "2018-03-31",
                "--error-tolerance-pct",
                "100"));
        args.addAll(replacing("header.csv", header));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PipelineApplication.run(
                args.toArray(String[]::new),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        LocalOutcome outcome =
                new LocalOutcome(exit, err.toString(StandardCharsets.UTF_8).strip(), List.of());
        assertFailsLeavingThePublishedData(outcome, "child-duplicated", "566910");
    }

    private void assertFailsLeavingThePublishedData(LocalOutcome outcome, String rule, String detail) throws Exception {
        assertThat(outcome.exitCode()).as(outcome.summary()).isEqualTo(LocalOutcome.FAILED);
        assertThat(outcome.summary()).contains("nothing published", rule, detail);
        assertThat(warehouse.currentSnapshot()).contains(current);
        assertThat(Files.readAllBytes(current)).isEqualTo(before);
        assertThat(warehouse.snapshots()).containsExactly(current);
        try (var reports = Files.list(warehouse.logs())) {
            assertThat(reports.filter(file -> file.toString().endsWith(".csv"))
                            .map(LocalExtractFailureIT::read)
                            .anyMatch(text -> text.startsWith("rule,child,table,field") && text.contains(rule)))
                    .isTrue();
        }
    }

    private LocalOutcome importExtract(List<String> paths) throws Exception {
        return local.importExtract(warehouse, "358", LocalDate.of(2018, 3, 31), null, 100.0, paths);
    }

    private static List<String> replacing(String fileName, Path replacement) {
        return ExtractTables.csvPaths().stream()
                .map(path -> path.endsWith("/" + fileName) ? replacement.toString() : path)
                .toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
