package org.carebench.dashboard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.carebench.dashboard.security.UserStore;
import org.carebench.dashboard.support.PipelineImport;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The soak, printed ({@code -Pbenchmark}): 20 signed-in readers on loopback read pages and the API
 * without pausing while three imports of DfE's files run back to back, by the real pipeline as child
 * processes, on the warehouse the dashboard reads. Asserts no failed request and no answer mixing
 * snapshots or going back to an older one; prints the counts, the heap after a full GC before and after,
 * and which snapshot files the dashboard still holds open.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@Import(RequestCpu.class)
class SoakBenchmark {

    private static final int CLIENTS = 20;
    private static final List<String> BASE = List.of(
            "dfe-cla/2024-release", "population", "la-codes/las.csv", "la-codes/regions.csv", "statistical-neighbours");
    private static final List<List<String>> IMPORTS = List.of(
            List.of("dfe-cla/2025-release"),
            List.of("dfe-outcomes-cin-cla"),
            List.of("legacy/SFR41_2016_LA_Tables.xlsx", "legacy/SFR50_CLA2017.csv", "legacy/SFR50_OC22017.csv"));
    private static final Path WAREHOUSE = importBase();

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @DynamicPropertySource
    static void warehouse(DynamicPropertyRegistry registry) {
        registry.add("carebench.warehouse", WAREHOUSE::toString);
    }

    @Test
    void readersNeverFailNorMixSnapshotsWhileThreeImportsRun() throws Exception {
        TestUser.ensureAll(users);
        List<SoakClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new SoakClient(
                    i, "http://localhost:" + port, TestUser.ANALYST.username(), TestUser.ANALYST.password()));
        }
        SoakTally warmUp = new SoakTally();
        read(clients, () -> false, warmUp);
        long heapBefore = heapAfterGc();
        List<String> openBefore = snapshotFilesOpen();
        RequestCpu.reset();
        AtomicBoolean importing = new AtomicBoolean(true);
        long start = System.nanoTime();
        CompletableFuture<List<String>> imports = CompletableFuture.supplyAsync(() -> importAll(importing));
        SoakTally soak = new SoakTally();
        read(clients, importing::get, soak);
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = heapAfterGc();
        // Flat means bounded: the answer caches fill once for the newest snapshot, then reading on keeps no more.
        long readOnUntil = System.nanoTime() + (long) (seconds * 1e9 / 2);
        SoakTally readOn = new SoakTally();
        read(clients, () -> System.nanoTime() < readOnUntil, readOn);
        long heapLater = heapAfterGc();
        List<String> lines = new ArrayList<>(imports.get());
        lines.add(String.format(
                "%d readers, %.0f s: %d page views, %d API answers, %d errors; answers not naming exactly one"
                        + " snapshot or differing within one: %d; snapshot going back: %d; snapshots seen %s",
                CLIENTS,
                seconds,
                soak.pages.sum(),
                soak.answers.sum(),
                soak.errors.sum(),
                soak.mixed.sum(),
                soak.backwards.sum(),
                soak.snapshots));
        lines.add("server requests served during the soak: " + RequestCpu.report());
        lines.add(soak.pageTimes.report("page view (typed address) during imports"));
        lines.add(soak.apiTimes.report("API answer during imports"));
        lines.add(String.format(
                "heap used after full GC: before %.1f MB, after %.1f MB, after %d more page views and %d more"
                        + " answers on the last snapshot %.1f MB (warm-up errors %d, later errors %d)",
                heapBefore / 1e6,
                heapAfter / 1e6,
                readOn.pages.sum(),
                readOn.answers.sum(),
                heapLater / 1e6,
                warmUp.errors.sum(),
                readOn.errors.sum()));
        lines.add("snapshot files open: before " + openBefore + ", after " + snapshotFilesOpen());
        soak.samples.forEach(sample -> lines.add("  first problems: " + sample));
        System.out.println("\n===== Carebench soak =====");
        lines.forEach(System.out::println);
        System.out.println("==========================\n");
        assertThat(soak.errors.sum() + warmUp.errors.sum() + readOn.errors.sum())
                .as("failed requests")
                .isZero();
        assertThat(soak.mixed.sum() + soak.backwards.sum())
                .as("answers mixing snapshots")
                .isZero();
    }

    private static void read(List<SoakClient> clients, BooleanSupplier going, SoakTally tally) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (SoakClient client : clients) {
                done.add(pool.submit(() -> {
                    client.read(going, tally);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The three imports, one after the other; one line each: exit code, time, snapshot published. */
    private static List<String> importAll(AtomicBoolean importing) {
        try {
            List<String> lines = new ArrayList<>();
            for (List<String> files : IMPORTS) {
                long start = System.nanoTime();
                int exit = PipelineImport.run(WAREHOUSE, log(), files);
                lines.add(String.format(
                        "import %-26s exit %d in %5.1f s, now current: %s",
                        files,
                        exit,
                        (System.nanoTime() - start) / 1e9,
                        Files.readString(WAREHOUSE.resolve("current")).strip()));
                if (exit != 0 && exit != 3) {
                    throw new IllegalStateException("Import of " + files + " failed; see " + log());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            importing.set(false);
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The warehouse's snapshot files this JVM has open (Linux): only the current one should be. */
    private static List<String> snapshotFilesOpen() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(SoakBenchmark::target)
                    .filter(file -> file.startsWith(WAREHOUSE.toString()) && file.contains(".duckdb"))
                    .map(file -> Path.of(file).getFileName().toString())
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    private static String target(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException e) {
            return "";
        }
    }

    private static Path log() {
        return WAREHOUSE.resolveSibling(WAREHOUSE.getFileName() + "-import.log");
    }

    private static Path importBase() {
        try {
            Path warehouse = ProjectPaths.newTargetDirectory("soak-");
            int exit = PipelineImport.run(
                    warehouse, warehouse.resolveSibling(warehouse.getFileName() + "-import.log"), BASE);
            if (exit != 0 && exit != 3) {
                throw new IllegalStateException("The soak's first import failed (exit " + exit + ") in " + warehouse);
            }
            return warehouse;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
