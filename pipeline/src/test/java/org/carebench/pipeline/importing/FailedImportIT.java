package org.carebench.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.reference;
import static org.carebench.pipeline.Warehouses.referencePath;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.carebench.pipeline.PipelineApplication;
import org.carebench.pipeline.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as cron runs it: a bad file fails with one clear line and publishes nothing. */
class FailedImportIT {

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void fileWithoutARequiredColumnExitsNonZeroNamingFileAndColumnAndLeavesTheSnapshot() throws Exception {
        Path warehouseFolder = folder.resolve("warehouse");
        assertThat(run(
                        "import",
                        "--warehouse",
                        warehouseFolder.toString(),
                        referencePath("dfe-cla/2024-release/cla_number_and_rate_per_10k_children.csv")))
                .isZero();
        Warehouse warehouse = new Warehouse(warehouseFolder);
        Path current = warehouse.currentSnapshot().orElseThrow();
        byte[] before = Files.readAllBytes(current);
        Path broken = withoutColumn(
                reference("dfe-cla/2024-release/cla_number_and_rate_per_10k_children.csv"),
                "rate_per_10000",
                folder.resolve("cla_without_rate.csv"));

        int exit = run("import", "--warehouse", warehouseFolder.toString(), broken.toString());

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isNotZero();
        assertThat(message)
                .contains("cla_without_rate.csv")
                .contains("rate_per_10000")
                .contains("nothing published");
        assertThat(message.strip()
                        .lines()
                        .filter(line -> line.startsWith("Import"))
                        .count())
                .isEqualTo(1);
        assertThat(warehouse.currentSnapshot()).contains(current);
        assertThat(Files.readAllBytes(current)).isEqualTo(before);
        assertThat(warehouse.snapshots()).containsExactly(current);
    }

    @Test
    void missingWarehouseOptionIsAUsageError() {
        assertThat(run("import", "somefile.csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--warehouse DIR is required");
    }

    private int run(String... args) {
        return PipelineApplication.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A copy of a CSV with one column dropped: the fixture is made from the real file. */
    static Path withoutColumn(Path source, String column, Path target) throws Exception {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<String> header = CsvHeader.split(lines.get(0).replace("\uFEFF", ""));
        int drop = header.indexOf(column);
        String rewritten = lines.stream()
                .map(line -> {
                    List<String> fields = new java.util.ArrayList<>(CsvHeader.split(line.replace("\uFEFF", "")));
                    fields.remove(drop);
                    return fields.stream()
                            .map(field -> field.contains(",") ? '"' + field + '"' : field)
                            .collect(Collectors.joining(","));
                })
                .collect(Collectors.joining("\n", "", "\n"));
        return Files.writeString(target, rewritten, StandardCharsets.UTF_8);
    }
}
