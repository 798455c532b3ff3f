package org.carebench.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.query;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.carebench.pipeline.PipelineApplication;
import org.carebench.pipeline.PipelineJobTest;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The current snapshot's tables as Parquet or CSV that another tool opens, with every row and a README. */
class ExportIT extends PipelineJobTest {

    @TempDir
    Path folder;

    @Autowired
    PipelineCommands commands;

    @Test
    void parquetAndCsvHoldEveryRowOfTheComparisonReadyTables() throws Exception {
        Warehouse warehouse = new Warehouse(folder.resolve("warehouse"));
        assertThat(commands.importFiles(
                                warehouse,
                                List.of(
                                        referencePath("la-codes/las.csv"),
                                        referencePath("statistical-neighbours/"),
                                        referencePath("dfe-cla/2024-release/la_cla_placement_stability.csv")))
                        .exitCode())
                .isIn(0, 3);
        Path parquet = folder.resolve("parquet");

        assertThat(run(
                        "export",
                        "--warehouse",
                        warehouse.directory().toString(),
                        "--format",
                        "parquet",
                        "--out",
                        parquet.toString()))
                .isZero();
        assertThat(run(
                        "export",
                        "--warehouse",
                        warehouse.directory().toString(),
                        "--format",
                        "csv",
                        "--out",
                        folder.resolve("csv").toString()))
                .isZero();

        String observations =
                query(warehouse, "SELECT count(*) FROM mart_observation").get(0);
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                ResultSet rows = duckdb.createStatement()
                        .executeQuery(
                                "SELECT count(*), count(DISTINCT release), count(*) FILTER (status = 'published'),"
                                        + " max(value) FILTER (indicator_id = 'placement-long-term-stability-pct' AND area_code = '358'"
                                        + " AND period = 2024 AND breakdown = '')"
                                        + " FROM read_parquet('" + parquet.resolve("observations.parquet") + "')")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(observations);
            assertThat(rows.getInt(2)).isEqualTo(1);
            assertThat(rows.getLong(3)).isPositive();
            assertThat(rows.getDouble(4)).isEqualTo(76.0);
        }
        for (String table : List.of("areas", "neighbours", "indicators")) {
            String source = table.equals("areas") ? "area" : table.equals("neighbours") ? "neighbour" : "indicator";
            try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                    ResultSet rows = duckdb.createStatement()
                            .executeQuery("SELECT count(*) FROM read_parquet('" + parquet.resolve(table + ".parquet")
                                    + "')")) {
                rows.next();
                assertThat(rows.getString(1))
                        .as(table)
                        .isEqualTo(query(warehouse, "SELECT count(*) FROM " + source)
                                .get(0))
                        .isNotEqualTo("0");
            }
        }
        List<String> csv = Files.readAllLines(folder.resolve("csv/observations.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0))
                .isEqualTo("indicator_id,area_code,area_name,area_level,period,breakdown,value,status,release");
        assertThat(csv).hasSize(Integer.parseInt(observations) + 1);
        assertThat(parquet.resolve("README.txt")).content().contains("observations.parquet:", "release", "closeness");
    }

    @Test
    void exportWithoutASnapshotSaysSo() {
        assertThat(run(
                        "export",
                        "--warehouse",
                        folder.resolve("none").toString(),
                        "--format",
                        "parquet",
                        "--out",
                        folder.resolve("x").toString()))
                .isEqualTo(1);
        assertThat(run("export", "--warehouse", folder.resolve("none").toString(), "--format", "xls", "--out", "x"))
                .isEqualTo(2);
    }

    private int run(String... args) {
        PrintStream stream = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return PipelineApplication.run(args, stream, stream);
    }
}
