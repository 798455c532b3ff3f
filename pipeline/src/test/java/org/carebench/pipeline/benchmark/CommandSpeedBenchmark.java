package org.carebench.pipeline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.reference;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how long the pipeline jar takes, as a whole process the way cron and a data team run it:
 * the commands that run no job (status, history, rollback, --help), and an import of the whole
 * reference set beside a process that loads the same CSVs with DuckDB's own read_csv. Another jar
 * (an earlier build) can be timed the same way with {@code -Dcarebench.benchmark.jar=FILE}.
 */
class CommandSpeedBenchmark {

    @TempDir
    Path folder;

    final String jar = System.getProperty(
            "carebench.benchmark.jar",
            Path.of("target/carebench-pipeline.jar").toAbsolutePath().toString());

    @Test
    void commandsThatRunNoJobAndAWholeImport() throws Exception {
        Path warehouse = folder.resolve("warehouse");
        List<String> inputs = ImportBenchmark.FOLDERS.stream()
                .map(name -> referencePath(name))
                .toList();
        List<String> importArgs = new ArrayList<>(List.of("import", "--warehouse", warehouse.toString()));
        importArgs.addAll(inputs);
        List<Path> csvs = csvs();
        long duckdb = duckDbProcess(csvs);
        List<String> csvImport = new ArrayList<>(
                List.of("import", "--warehouse", folder.resolve("csv-only").toString()));
        csvs.forEach(csv -> csvImport.add(csv.toString()));
        long csvOnly = time(csvImport.toArray(String[]::new));
        long whole = time(importArgs.toArray(String[]::new));
        time("import", "--warehouse", warehouse.toString(), referencePath("la-codes/regions.csv"));
        System.out.printf("%nBENCHMARK jar %s (load average %s)%n", jar, loadAverage());
        // like with like: both sides read the same CSV files, each in a JVM of its own from start to exit
        System.out.printf(
                "BENCHMARK the reference set's %d CSVs, whole process: import %d ms; DuckDB read_csv of the same"
                        + " CSVs %d ms (%.1fx)%n",
                csvs.size(), csvOnly, duckdb, (double) csvOnly / duckdb);
        System.out.printf(
                "BENCHMARK whole reference set (the same CSVs plus its xlsx workbooks, which read_csv cannot read),"
                        + " whole process: %d ms (%.1fx the CSVs' read_csv)%n",
                whole, (double) whole / duckdb);
        for (String[] command : List.of(
                new String[] {"--help"},
                new String[] {"status", "--warehouse", warehouse.toString()},
                new String[] {"history", "--warehouse", warehouse.toString()},
                new String[] {"rollback", "--warehouse", warehouse.toString(), "snapshot-000001.duckdb"})) {
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                best = Math.min(best, time(command));
            }
            System.out.printf("BENCHMARK %-8s best of 3: %d ms%n", command[0], best);
        }
    }

    private static String loadAverage() throws Exception {
        Path proc = Path.of("/proc/loadavg");
        return Files.exists(proc) ? Files.readString(proc).split(" ")[0] : "unknown";
    }

    private long time(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar));
        command.addAll(List.of(args));
        if (!args[0].equals("--help")) {
            command.addAll(List.of("--jobs", System.getProperty("carebench.jobs", "../jobs")));
        }
        return run(command);
    }

    /**
     * Exit 2 is accepted for --help alone: builds before it existed answered it with their usage text;
     * and an earlier build may fail the whole set (it failed on one bad file instead of rejecting it).
     */
    private long run(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("last.log").toFile())
                .start();
        int exit = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean help = command.contains("--help");
        boolean earlierBuild = System.getProperty("carebench.benchmark.jar") != null;
        assertThat(exit)
                .as(Files.readString(folder.resolve("last.log")))
                .isIn(0, 3, help ? 2 : 0, earlierBuild ? 1 : 0);
        return millis;
    }

    /** The same CSVs read by DuckDB in a JVM of its own: what an import cannot be faster than. */
    private long duckDbProcess(List<Path> csvs) throws Exception {
        Path script = folder.resolve("load.sql");
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < csvs.size(); i++) {
            sql.append("CREATE TABLE t")
                    .append(i)
                    .append(" AS SELECT * FROM read_csv('")
                    .append(csvs.get(i))
                    .append("');\n");
        }
        Files.writeString(script, sql);
        return run(List.of(
                "java",
                "-cp",
                System.getProperty("java.class.path"),
                DuckDbLoad.class.getName(),
                folder.resolve("plain.duckdb").toString(),
                script.toString()));
    }

    /** Runs a SQL script against a new DuckDB file. */
    public static final class DuckDbLoad {
        public static void main(String[] args) throws Exception {
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
                    Statement statement = connection.createStatement()) {
                for (String line : Files.readAllLines(Path.of(args[1]))) {
                    statement.execute(line);
                }
            }
        }
    }

    private static List<Path> csvs() throws Exception {
        List<Path> csvs = new ArrayList<>();
        for (String name : ImportBenchmark.FOLDERS) {
            try (Stream<Path> files = Files.walk(reference(name))) {
                files.filter(file -> file.toString().endsWith(".csv")).sorted().forEach(csvs::add);
            }
        }
        return csvs;
    }
}
