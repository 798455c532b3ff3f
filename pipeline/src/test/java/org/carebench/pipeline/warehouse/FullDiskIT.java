package org.carebench.pipeline.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.pipeline.Warehouses.referencePath;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carebench.pipeline.PipelineApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warehouse on a small file system of its own (a tmpfs, mounted when the tests run as root; skipped
 * otherwise): when it fills up, or turns read-only, the message names the path that could not be
 * written and why, never a good input file, and the published snapshot stays as it was.
 */
class FullDiskIT {

    @TempDir
    Path folder;

    Path disk;
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createDirectories(folder.resolve("disk"));
        assumeTrue(
                mount("-t", "tmpfs", "-o", "size=5m", "carebench-test", disk.toString()),
                "needs root to mount a tmpfs");
    }

    @AfterEach
    void unmount() throws Exception {
        mount("-u");
    }

    @Test
    void aFullDiskIsReportedAgainstTheWarehouseNotTheInputFile() throws Exception {
        Path warehouse = disk.resolve("warehouse");
        assertThat(run("import", "--warehouse", warehouse.toString(), referencePath("la-codes/regions.csv")))
                .isZero();
        Path current = new Warehouse(warehouse).currentSnapshot().orElseThrow();
        byte[] before = Files.readAllBytes(current);
        String input = referencePath("dfe-cla/2024-release/cla_number_and_rate_per_10k_children.csv");

        assertThat(run("import", "--warehouse", warehouse.toString(), input)).isEqualTo(1);

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message)
                .containsPattern("cannot write " + warehouse + "/\\S+: the disk is full \\(No space left on device\\)")
                .doesNotContain("cannot be read as CSV")
                .doesNotContain("cla_number_and_rate_per_10k_children.csv:");
        assertThat(new Warehouse(warehouse).currentSnapshot()).contains(current);
        assertThat(Files.readAllBytes(current)).isEqualTo(before);
    }

    @Test
    void aReadOnlyWarehouseIsReportedWithThePathAndTheCause() throws Exception {
        Path warehouse = disk.resolve("warehouse");
        assertThat(run("import", "--warehouse", warehouse.toString(), referencePath("la-codes/regions.csv")))
                .isZero();
        assertThat(mount("-o", "remount,ro", disk.toString())).isTrue();

        assertThat(run("import", "--warehouse", warehouse.toString(), referencePath("la-codes/las.csv")))
                .isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .containsPattern("cannot write " + warehouse + "/\\S+: the file system is read-only")
                .doesNotContain("las.csv:");
    }

    private boolean mount(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>();
        if (args[0].equals("-u")) {
            command.addAll(java.util.List.of("umount", "-l", disk.toString()));
        } else {
            command.add("mount");
            command.addAll(java.util.List.of(args));
        }
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private int run(String... args) {
        return PipelineApplication.run(
                args,
                new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
