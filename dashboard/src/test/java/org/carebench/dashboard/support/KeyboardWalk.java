package org.carebench.dashboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A keyboard user on the page: Tab alone, from the top. Every control and link on the page must be
 * reached, in reading (document) order, each with a focus indicator that can be seen.
 */
public final class KeyboardWalk {

    private static final String MARK_CONTROLS = """
            const focusable = 'a[href], button, select, input:not([type=hidden]), textarea, [tabindex]';
            const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            const controls = [...document.querySelectorAll(focusable)]
                .filter(e => e.getAttribute('tabindex') !== '-1' && !e.disabled && (shown(e) || e.matches('.skip-link')));
            controls.forEach((e, i) => e.setAttribute('data-walk', i));
            document.activeElement?.blur();
            window.scrollTo(0, 0);
            return controls.map(e => (e.tagName + ' ' + (e.id || e.textContent.trim().slice(0, 30))));
            """;

    private static final String FOCUSED = """
            const e = document.activeElement;
            const style = getComputedStyle(e);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
            return {walk: e.getAttribute('data-walk'), id: e.id, tag: e.tagName,
                    visible: outline || style.boxShadow !== 'none'};
            """;

    private KeyboardWalk() {}

    /**
     * Loads the page afresh, so that Tab starts from its top, waits for {@code ready}, then presses Tab
     * until the focus leaves the page and checks what it reached against every control.
     */
    @SuppressWarnings("unchecked")
    public static void assertEveryControlReachedInOrder(ChromeDriver browser, String url, By ready) {
        load(browser, url, ready);
        List<String> controls = (List<String>) browser.executeScript(MARK_CONTROLS);
        List<Integer> reached = new ArrayList<>();
        for (int press = 0; press <= controls.size() + 2; press++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            Map<String, Object> focused = (Map<String, Object>) browser.executeScript(FOCUSED);
            if (focused.get("walk") == null) {
                break;
            }
            int index = Integer.parseInt((String) focused.get("walk"));
            if (reached.contains(index)) {
                break;
            }
            assertThat((Boolean) focused.get("visible"))
                    .as("focus indicator on " + controls.get(index))
                    .isTrue();
            reached.add(index);
        }
        List<String> order = reached.stream().map(controls::get).toList();
        assertThat(order)
                .as("controls reached by Tab alone, in order, on " + browser.getCurrentUrl())
                .containsExactlyElementsOf(controls);
    }

    /** The skip link, the first stop, moves the focus to the content without reloading the page. */
    public static void assertSkipLinkMovesFocusToContent(ChromeDriver browser, String url, By ready) {
        load(browser, url, ready);
        browser.executeScript("window.samePage = true; document.activeElement?.blur(); window.scrollTo(0, 0)");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.executeScript("return document.activeElement.className"))
                .asString()
                .contains("skip-link");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        Pages.await(browser)
                .until(d -> "main-content".equals(browser.executeScript("return document.activeElement.id")));
        assertThat(browser.executeScript("return window.samePage === true"))
                .as("not reloaded")
                .isEqualTo(true);
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.executeScript(
                        "return document.getElementById('main-content')" + ".contains(document.activeElement)"))
                .as("next stop inside the content")
                .isEqualTo(true);
    }

    private static void load(ChromeDriver browser, String url, By ready) {
        browser.get(url);
        Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(ready));
    }
}
