package org.carebench.dashboard.scorecard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.dashboard.support.Pages.await;

import org.carebench.dashboard.support.Accessibility;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.BrowserPageTest;
import org.carebench.dashboard.support.KeyboardWalk;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.Reflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The scorecard in a real browser over the whole reference set. */
class ScorecardViewIT extends BrowserPageTest {

    @Test
    void showsTraffordsFiguresThenFollowsTheReadersChoices() throws Exception {
        browser.get(url("/?la=358&period=2024"));
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("scorecard")));
        assertThat(cell("placement-3plus-moves-pct", "la")).isEqualTo("5");
        assertThat(cell("placement-3plus-moves-pct", "neighbours")).isEqualTo("10.9");
        assertThat(cell("placement-3plus-moves-pct", "region")).isEqualTo("9");
        assertThat(cell("placement-3plus-moves-pct", "england")).isEqualTo("10");
        assertThat(cell("placement-3plus-moves-pct", "rank")).isEqualTo("2 of 149");
        assertThat(cell("placement-3plus-moves-pct", "quartile")).isEqualTo("A");
        assertThat(cell("placement-long-term-stability-pct", "rank")).isEqualTo("9 of 149");
        assertThat(cell("cla-rate-per-10k", "la")).isEqualTo("67");
        assertThat(cell("cla-rate-per-10k", "rank")).isEmpty();
        // Better or worse only beyond chance: Trafford's 5% against England's 10% is; a change of a point is not.
        assertThat(cell("placement-3plus-moves-pct", "significance")).startsWith("Better");
        assertThat(cell("placement-3plus-moves-pct", "change")).endsWith("(within chance)");
        assertThat(cell("cla-rate-per-10k", "significance"))
                .startsWith("Similar")
                .contains("similar to England: the difference is within what chance alone would give");
        assertThat(cell("placement-long-term-stability-pct", "significance")).startsWith("Not tested");
        assertThat(browser.findElements(By.cssSelector("#scorecard tbody.theme th.theme-heading")))
                .hasSizeGreaterThan(5);
        assertThat(browser.findElement(By.id("as-of")).getText()).startsWith("As of: DfE release 2024");
        assertThat(browser.findElements(By.cssSelector("#scorecard abbr.symbol")))
                .isNotEmpty();
        Accessibility.assertNoSeriousViolations(browser);
        Browser.screenshot(browser, "scorecard-trafford-2024");
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'})",
                browser.findElement(By.cssSelector("#scorecard tr[data-indicator='placement-3plus-moves-pct']")));
        Browser.screenshot(browser, "scorecard-trafford-2024-placements");

        browser.executeScript("window.samePage = true");
        Pages.choose(browser, "period", "2023");
        await(browser).until(ExpectedConditions.urlContains("period=2023"));
        await(browser).until(d -> d.findElement(By.tagName("h1")).getText().endsWith("2023"));
        assertThat(browser.executeScript("return window.samePage === true"))
                .as("redrawn in place, not reloaded")
                .isEqualTo(true);
        Pages.choose(browser, "la", "Manchester");
        await(browser).until(ExpectedConditions.urlContains("la=352"));
        await(browser).until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Scorecard: Manchester"));
        assertThat(browser.getCurrentUrl()).contains("period=2023");
        Browser.screenshot(browser, "scorecard-manchester-2023");

        browser.findElement(By.linkText("Neighbours")).click();
        await(browser).until(ExpectedConditions.urlContains("/neighbours"));
        assertThat(browser.getCurrentUrl()).contains("la=352").contains("period=2023");
    }

    @Test
    void reachesEveryControlWithTabAloneInReadingOrder() {
        KeyboardWalk.assertSkipLinkMovesFocusToContent(browser, url("/?la=358&period=2024"), By.id("scorecard"));
        KeyboardWalk.assertEveryControlReachedInOrder(browser, url("/?la=358&period=2024"), By.id("scorecard"));
    }

    @Test
    void reflowsAt320PixelsAndAt400PercentZoom() throws Exception {
        try {
            for (double scale : new double[] {1, 4}) {
                Reflow.emulate(browser, 320, scale);
                browser.get(url("/?la=358&period=2024"));
                await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("scorecard")));
                Reflow.assertReflows(browser);
            }
            Browser.screenshot(browser, "scorecard-320px");
        } finally {
            Reflow.reset(browser);
        }
    }

    @Test
    void marksTheCurrentPageAndCopiesSymbolsWithoutTheirHiddenMeaning() {
        browser.get(url("/?la=358&period=2024"));
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("scorecard")));
        assertThat(browser.findElement(By.linkText("Scorecard")).getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(browser.findElement(By.linkText("Indicator")).getAttribute("aria-current"))
                .isNull();
        String copied = (String) browser.executeScript("getSelection().selectAllChildren("
                + "document.getElementById('scorecard')); return getSelection().toString()");
        assertThat(copied)
                .contains("Children looked after")
                .doesNotContain("confidential")
                .doesNotContain("(no figure");
        Object height = browser.executeScript("return document.documentElement.scrollHeight");
        Object content = browser.executeScript(
                "return Math.ceil(document.querySelector('.app')" + ".getBoundingClientRect().height)");
        assertThat(((Number) height).longValue())
                .as("no blank space below the content")
                .isLessThanOrEqualTo(((Number) content).longValue() + 1);
    }

    private static String cell(String indicator, String column) {
        return browser.findElement(By.cssSelector("#scorecard tr[data-indicator='" + indicator + "'] td." + column))
                .getText()
                .strip();
    }
}
