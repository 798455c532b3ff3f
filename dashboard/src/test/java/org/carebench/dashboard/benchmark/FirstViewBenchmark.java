package org.carebench.dashboard.benchmark;

import static org.carebench.dashboard.support.Pages.await;

import java.util.Map;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.PipelineWarehouseApplicationTest;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How soon a page shows its figures, printed rather than asserted ({@code -Pbenchmark}): from
 * navigation start until the heading and the page's table are in the document and a frame has been
 * painted with them, in headless Chromium. Cold: the browser's cache emptied first, as in a new browser
 * (signed in already, as a reader sent on from the sign-in page); warm: the same address again. Target:
 * first view under 1 s.
 */
class FirstViewBenchmark extends PipelineWarehouseApplicationTest {

    private static final int RUNS = 7;

    private static final String[][] PAGES = {
        {"scorecard", "/?la=358&period=2024"},
        {"indicator", "/indicator?la=358&indicator=placement-3plus-moves-pct"},
        {"neighbours", "/neighbours?la=358"},
    };

    /**
     * Runs before any script of each new document: notes the time once a frame has been painted after
     * the heading and the first row of figures arrived. The timeout after the animation frame runs
     * once that frame has been drawn.
     */
    private static final String MARK_FIRST_VIEW = """
            new MutationObserver((changes, observer) => {
              if (document.querySelector('h1')
                  && document.querySelector('#scorecard td, #comparison-table td, #neighbours td')) {
                observer.disconnect();
                requestAnimationFrame(() => setTimeout(() => { window.carebenchFirstView = performance.now(); }));
              }
            }).observe(document, {childList: true, subtree: true});
            """;

    @Test
    void printFigures() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            Pages.signIn(browser, url("/login"), TestUser.ANALYST.username(), TestUser.ANALYST.password());
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", MARK_FIRST_VIEW));
            System.out.println("\n===== Carebench first view benchmark =====");
            for (String[] page : PAGES) {
                firstView(browser, page[1], true); // the server's own first answer for this page
                Timings cold = new Timings();
                Timings warm = new Timings();
                String requests = "";
                for (int i = 0; i < RUNS; i++) {
                    requests = firstView(browser, page[1], true).record(cold);
                    firstView(browser, page[1], false).record(warm);
                }
                System.out.println(cold.report(page[0] + " page, first view, empty cache") + "\n    " + requests);
                System.out.println(warm.report(page[0] + " page, first view, warm cache"));
            }
            System.out.println("==========================================\n");
        } finally {
            browser.quit();
        }
    }

    private View firstView(ChromeDriver browser, String path, boolean emptyCache) {
        if (emptyCache) {
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        }
        browser.get(url(path));
        Number shown = await(browser).until(d -> (Number) browser.executeScript("return window.carebenchFirstView"));
        @SuppressWarnings("unchecked")
        Map<String, Number> traffic = (Map<String, Number>) browser.executeScript("""
                const all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .filter(e => e.startTime < window.carebenchFirstView);
                return {requests: all.length, bytes: all.reduce((sum, e) => sum + e.transferSize, 0)};
                """);
        return new View(
                shown.doubleValue(),
                traffic.get("requests").intValue(),
                traffic.get("bytes").longValue());
    }

    /** One page view: when its figures showed, and what it fetched before then. */
    private record View(double millis, int requests, long bytes) {

        String record(Timings timings) {
            timings.addMillis(millis);
            return String.format(
                    "%d requests before the figures showed, %.0f KB over the network", requests, bytes / 1024.0);
        }
    }
}
