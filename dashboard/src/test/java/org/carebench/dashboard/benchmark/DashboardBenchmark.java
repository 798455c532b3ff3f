package org.carebench.dashboard.benchmark;

import static org.carebench.dashboard.support.Pages.await;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.context.annotation.Import;

/**
 * Speed figures over the whole reference set, printed rather than asserted: run with
 * {@code ./mvnw -B -pl dashboard verify -Pbenchmark}. Targets: scorecard API median under 50 ms
 * warm; each page interactive in headless Chromium under 1.5 s; 20 concurrent readers keep the
 * median page under 300 ms.
 */
@Import(RequestCpu.class)
class DashboardBenchmark extends PipelineWarehouseApplicationTest {

    private static final String[] LAS = {"358", "352", "350", "202", "926", "330", "873", "888"};
    private static final String[][] PAGES = {
        {"", "period=2024"},
        {"indicator", "indicator=placement-3plus-moves-pct"},
        {"indicator", "indicator=cla-rate-per-10k"},
        {"neighbours", "sn=2021&average=median"},
    };

    @Test
    void printFigures() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(scorecardColdApi().report("scorecard API, first request for each LA (cold)"));
        report.add(scorecardApi().report("scorecard API, one LA, every indicator (warm)"));
        report.addAll(pagesInChromium());
        report.add(concurrentReaders(20, 15, false, "page load (address typed), 20 concurrent readers"));
        report.add(concurrentReaders(20, 15, true, "page view (link clicked), 20 concurrent readers"));
        System.out.println("\n===== Carebench dashboard benchmark =====");
        report.forEach(System.out::println);
        System.out.println("=========================================\n");
    }

    /** Each authority asked for once: nothing of its answer computed before. */
    private Timings scorecardColdApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String areas = http.send(
                        request("/api/v1/areas?format=csv", TestUser.ANALYST).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<String> codes = areas.lines()
                .map(line -> line.split(","))
                .filter(f -> f.length > 1 && f[1].equals("la"))
                .map(f -> f[0])
                .filter(code -> !List.of(LAS).contains(code))
                .limit(60)
                .toList();
        Timings timings = new Timings();
        for (String la : codes) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(
                    request("/api/v1/scorecard?la=" + la + "&period=2024", TestUser.ANALYST)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                timings.add(System.nanoTime() - start);
            }
        }
        return timings;
    }

    private Timings scorecardApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Timings timings = new Timings();
        for (int i = 0; i < 300; i++) {
            String la = LAS[i % LAS.length];
            HttpRequest request = request("/api/v1/scorecard?la=" + la + "&period=2024", TestUser.ANALYST)
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("scorecard answered " + response.statusCode());
            }
            if (i >= 100) {
                timings.add(elapsed);
            }
        }
        return timings;
    }

    /** Time from navigation start until the page's figures are on screen, after one warm-up visit. */
    private List<String> pagesInChromium() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            Pages.signIn(browser, url("/login"), TestUser.ANALYST.username(), TestUser.ANALYST.password());
            List<String> lines = new ArrayList<>();
            lines.add(interactive(browser, "/?la=358&period=2024", By.cssSelector("#scorecard td.la"))
                    .report("scorecard page interactive (Chromium)"));
            lines.add(interactive(
                            browser,
                            "/indicator?la=358&indicator=placement-3plus-moves-pct",
                            By.cssSelector("#neighbour-chart canvas"))
                    .report("indicator page interactive (Chromium)"));
            lines.add(interactive(browser, "/neighbours?la=358", By.cssSelector("#neighbours td"))
                    .report("neighbours page interactive (Chromium)"));
            return lines;
        } finally {
            browser.quit();
        }
    }

    private Timings interactive(ChromeDriver browser, String path, By ready) {
        Timings timings = new Timings();
        for (int i = 0; i < 6; i++) {
            browser.get(url(path));
            await(browser).until(ExpectedConditions.presenceOfElementLocated(ready));
            double millis = ((Number) browser.executeScript("return performance.now()")).doubleValue();
            if (i > 0) {
                timings.addMillis(millis);
            }
        }
        return timings;
    }

    /**
     * Each reader loads a first page, then either clicks through or types each next address, without
     * pausing to read: the server is kept saturated. Also prints the server's CPU time per page, as the
     * load script shares this JVM and its own share is small.
     */
    private String concurrentReaders(int readers, int pagesEach, boolean clicks, String what) throws Exception {
        // A round unmeasured first, as a server that has been up a while has compiled these paths.
        readPages(readers, 5, clicks, new Timings());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        RequestCpu.reset();
        long cpuBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        Timings timings = new Timings();
        readPages(readers, pagesEach, clicks, timings);
        double pages = readers * (pagesEach + 1.0); // with each reader's first page
        double seconds = (System.nanoTime() - wallBefore) / 1e9;
        return timings.report(what)
                + String.format(
                        "%n    %.0f pages/s; JVM CPU %.1f ms per page; %s",
                        pages / seconds, (os.getProcessCpuTime() - cpuBefore) / 1e6 / pages, RequestCpu.report());
    }

    private void readPages(int readers, int pagesEach, boolean clicks, Timings timings) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                int reader = r;
                done.add(pool.submit(() -> {
                    VaadinVisitor visitor = new VaadinVisitor(url(""));
                    visitor.signIn(TestUser.ANALYST.username(), TestUser.ANALYST.password());
                    visitor.visit("", "la=" + LAS[reader % LAS.length]);
                    for (int p = 0; p < pagesEach; p++) {
                        String[] page = PAGES[(reader + p) % PAGES.length];
                        String query = "la=" + LAS[(reader + p) % LAS.length] + "&" + page[1];
                        long start = System.nanoTime();
                        if (clicks) {
                            visitor.navigate(page[0], query);
                        } else {
                            visitor.visit(page[0], query);
                        }
                        timings.add(System.nanoTime() - start);
                    }
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
}
