package org.carebench.pipeline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.reference;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.cli.PipelineCommands;
import org.carebench.pipeline.importing.ImportOutcome;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints how long the whole reference set takes to import, beside DuckDB's own read_csv loading
 * the same CSVs, and whether the 2016 Excel tables import in 256 MB of heap. Run with
 * {@code ./mvnw -B -pl pipeline verify -Pbenchmark}; figures, not pass/fail timings.
 */
class ImportBenchmark extends PipelineJobTest {

    static final List<String> FOLDERS =
            List.of("dfe-cla", "dfe-outcomes-cin-cla", "population", "la-codes", "statistical-neighbours", "legacy");

    @TempDir
    Path folder;

    @Autowired
    PipelineCommands commands;

    @Test
    void wholeReferenceSet() throws Exception {
        List<Path> csvs = csvs();
        long duckdb = duckDbReadCsv(csvs);
        warmUp();
        long start = System.nanoTime();
        ImportOutcome outcome = commands.importFiles(
                new Warehouse(folder.resolve("warehouse")),
                FOLDERS.stream().map(name -> referencePath(name)).toList());
        long whole = (System.nanoTime() - start) / 1_000_000;
        assertThat(outcome.exitCode())
                .as(outcome.summary())
                .isIn(ImportOutcome.LOADED, ImportOutcome.PUBLISHED_WITH_FILES_SET_ASIDE);
        System.out.printf(
                "%nBENCHMARK whole reference set (%d CSV + xlsx files): %d ms end to end (%s)%n",
                csvs.size(), whole, outcome.summary());
        System.out.printf("BENCHMARK DuckDB read_csv of the same %d CSVs into tables: %d ms%n", csvs.size(), duckdb);
        long csvOnly = timeImport(csvs);
        System.out.printf(
                "BENCHMARK CSV part alone through the import job: %d ms = %.2fx DuckDB's own load%n",
                csvOnly, (double) csvOnly / duckdb);
    }

    @Test
    void legacyWorkbookInSmallHeap() throws Exception {
        Path jar = Path.of("target/carebench-pipeline.jar").toAbsolutePath();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(
                        "java",
                        "-Xmx256m",
                        "-jar",
                        jar.toString(),
                        "import",
                        "--warehouse",
                        folder.resolve("small-heap").toString(),
                        "--jobs",
                        System.getProperty("carebench.jobs", "../jobs"),
                        referencePath("la-codes/regions.csv"),
                        referencePath("legacy/SFR41_2016_LA_Tables.xlsx"))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("small-heap.log").toFile())
                .start();
        int exit = process.waitFor();
        System.out.printf(
                "%nBENCHMARK SFR41_2016_LA_Tables.xlsx with -Xmx256m: exit %d in %d ms; last line: %s%n",
                exit, (System.nanoTime() - start) / 1_000_000, lastLine(folder.resolve("small-heap.log")));
        assertThat(exit).isZero();
    }

    private long timeImport(List<Path> csvs) throws Exception {
        long start = System.nanoTime();
        ImportOutcome outcome = commands.importFiles(
                new Warehouse(folder.resolve("csv-only")),
                csvs.stream().map(Path::toString).toList());
        assertThat(outcome.exitCode()).isIn(ImportOutcome.LOADED, ImportOutcome.PUBLISHED_WITH_FILES_SET_ASIDE);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The first job run pays for class loading and DuckDB's native library; measure warm. */
    private void warmUp() throws Exception {
        commands.importFiles(new Warehouse(folder.resolve("warm-up")), List.of(referencePath("la-codes/regions.csv")));
    }

    private long duckDbReadCsv(List<Path> csvs) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("plain.duckdb"));
                Statement statement = connection.createStatement()) {
            int n = 0;
            for (Path csv : csvs) {
                statement.execute("CREATE TABLE t" + (n++) + " AS SELECT * FROM read_csv('" + csv + "')");
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static List<Path> csvs() throws IOException {
        List<Path> csvs = new java.util.ArrayList<>();
        for (String name : FOLDERS) {
            try (Stream<Path> files = Files.walk(reference(name))) {
                files.filter(file -> file.toString().endsWith(".csv")).sorted().forEach(csvs::add);
            }
        }
        return csvs;
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
