package org.carebench.dashboard.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.carebench.dashboard.api.SnapshotHeader;
import org.carebench.dashboard.support.PipelineImport;
import org.carebench.dashboard.support.PipelineWarehouse;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;

/**
 * The import process killed with SIGKILL while reading, while loading and while publishing the
 * pointer: throughout, the running dashboard answers every request from the snapshot published
 * before; afterwards the same import simply runs again, completes, and the dashboard moves to it.
 * The real pipeline jar is the child process; the crash-test hook stops it at each point exactly.
 */
class ImportCrashIT extends PipelineWarehouseApplicationTest {

    private static final String[] KILL_POINTS = {"reading", "loading", "publishing"};
    private static final String API = "/api/v1/scorecard?la=358&period=2023";

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> served = new ArrayList<>();

    @Test
    void aKilledImportNeverDisturbsTheServedSnapshotAndCompletesWhenRunAgain() throws Exception {
        Path warehouse = PipelineWarehouse.directory();
        String previous = pointedAt(warehouse);
        List<String> published = snapshotFiles(warehouse);
        Path folder = ProjectPaths.newTargetDirectory("crash-");
        Path release = reSavedCopy(folder);

        for (String point : KILL_POINTS) {
            Path marker = folder.resolve(point + ".reached");
            Process importer = startImport(warehouse, release, point, marker, folder.resolve(point + ".log"));
            while (!Files.exists(marker)) {
                assertThat(importer.isAlive())
                        .as("the import reached '" + point + "'; see " + folder)
                        .isTrue();
                assertServes(previous);
                Thread.sleep(100);
            }
            assertServes(previous);
            importer.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
            assertServes(previous);
            assertThat(pointedAt(warehouse))
                    .as("pointer after a kill while " + point)
                    .isEqualTo(previous);
        }
        System.out.println("Import killed while " + String.join(", ", KILL_POINTS) + "; " + served.size()
                + " API answers meanwhile, every one 200 from " + previous);

        Process rerun = startImport(warehouse, release, "", folder.resolve("none"), folder.resolve("rerun.log"));
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(rerun.exitValue())
                .as(Files.readString(folder.resolve("rerun.log")))
                .isZero();
        String next = pointedAt(warehouse);
        assertThat(next).isNotEqualTo(previous);
        assertServes(next);
        List<String> expected = new ArrayList<>(published);
        expected.add(next);
        assertThat(snapshotFiles(warehouse))
                .as("no half-written snapshot, nor one renamed but never made current, left beside the published ones")
                .isEqualTo(expected);
        assertThat(warehouse.resolve("publishing")).doesNotExist();
    }

    private static List<String> snapshotFiles(Path warehouse) throws IOException {
        try (Stream<Path> files = Files.list(warehouse.resolve("snapshots"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** A copy of a real DfE file saved again with the other line endings: new to the warehouse, same figures. */
    private static Path reSavedCopy(Path folder) throws IOException {
        Path source = ProjectPaths.referenceData().resolve("dfe-cla/2024-release/la_cla_placement_stability.csv");
        Path copy = Files.createDirectories(folder.resolve("release")).resolve(source.getFileName());
        String text = Files.readString(source, StandardCharsets.UTF_8);
        String resaved = text.contains("\r\n") ? text.replace("\r\n", "\n") : text.replace("\n", "\r\n");
        Files.writeString(copy, resaved, StandardCharsets.UTF_8);
        return copy.getParent();
    }

    private static Process startImport(Path warehouse, Path release, String point, Path marker, Path log)
            throws IOException {
        List<String> command = PipelineImport.command(
                warehouse,
                List.of("-Dcarebench.crash-test.pause-at=" + point, "-Dcarebench.crash-test.marker=" + marker));
        command.add(release.toString());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private void assertServes(String snapshot) throws Exception {
        HttpResponse<String> response =
                http.send(request(API, TestUser.VIEWER).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue(SnapshotHeader.NAME)).hasValue(snapshot);
        served.add(snapshot);
    }

    private static String pointedAt(Path warehouse) throws IOException {
        String relative = Files.readString(warehouse.resolve("current"), StandardCharsets.UTF_8)
                .strip();
        return Path.of(relative).getFileName().toString();
    }
}
