package org.carebench.dashboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page on a narrow screen (WCAG 1.4.10, reflow): 320 CSS pixels wide, as a phone shows it or a
 * 1280-pixel window at 400% zoom. Nothing but a table's own box may scroll sideways, and every
 * navigation link must be on screen.
 */
public final class Reflow {

    private static final String WIDER_THAN_SCREEN = """
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1 && e.getClientRects().length > 0)
                .filter(e => !e.closest('.table-scroll') && !e.closest('.v-status-message'))
                .map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40));
            """;

    private static final String NAVIGATION_LINKS = """
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('nav.main-nav a')].map(a => {
              const r = a.getBoundingClientRect();
              return {text: a.textContent, onScreen: r.left >= 0 && r.right <= width && r.width > 0,
                      top: document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === a};
            });
            """;

    private Reflow() {}

    /** Shows the page {@code cssWidth} CSS pixels wide at {@code scale} device pixels each. */
    public static void emulate(ChromeDriver browser, int cssWidth, double scale) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", cssWidth, "height", 800, "deviceScaleFactor", scale, "mobile", false));
    }

    public static void reset(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @SuppressWarnings("unchecked")
    public static void assertReflows(ChromeDriver browser) {
        browser.executeScript("window.scrollTo(0, 0)");
        Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth");
        Object screenWidth = browser.executeScript("return document.documentElement.clientWidth");
        List<String> wide = (List<String>) browser.executeScript(WIDER_THAN_SCREEN);
        assertThat(wide)
                .as("elements wider than the screen outside a table's box on " + browser.getCurrentUrl())
                .isEmpty();
        assertThat(pageWidth).as("the page scrolls sideways").isEqualTo(screenWidth);
        List<Map<String, Object>> links = (List<Map<String, Object>>) browser.executeScript(NAVIGATION_LINKS);
        assertThat(links).isNotEmpty().allSatisfy(link -> {
            assertThat(link.get("onScreen")).as(link.get("text") + " on screen").isEqualTo(true);
            assertThat(link.get("top")).as(link.get("text") + " not covered").isEqualTo(true);
        });
        List<Map<String, Object>> boxes = (List<Map<String, Object>>) browser.executeScript("""
                return [...document.querySelectorAll('.table-scroll')].map(b => ({label: b.getAttribute('aria-label'),
                    role: b.getAttribute('role'), tabindex: b.getAttribute('tabindex')}));
                """);
        assertThat(boxes).allSatisfy(box -> {
            assertThat(box.get("label")).as("a table's box is named").isNotNull();
            assertThat(box.get("role")).isEqualTo("region");
            assertThat(box.get("tabindex"))
                    .as("a table's box scrolls from the keyboard")
                    .isEqualTo("0");
        });
    }
}
