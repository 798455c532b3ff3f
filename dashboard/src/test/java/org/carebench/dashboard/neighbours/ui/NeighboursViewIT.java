package org.carebench.dashboard.neighbours.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.dashboard.support.Pages.await;

import java.util.List;
import org.carebench.dashboard.support.Accessibility;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.BrowserPageTest;
import org.carebench.dashboard.support.KeyboardWalk;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.Reflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The neighbours page: switching the model and the average, in a real browser. */
class NeighboursViewIT extends BrowserPageTest {

    @Test
    void switchesModelAndAverageAndCarriesThemToOtherPages() throws Exception {
        browser.get(url("/neighbours?la=358&indicator=placement-3plus-moves-pct&period=2024"));
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("neighbours")));
        List<String> model2025 = names();
        assertThat(model2025).hasSize(10);
        assertThat(averageRow()).endsWith("10.9");
        assertThat(browser.findElements(By.cssSelector("#neighbours tbody tr td:nth-of-type(2)")))
                .extracting(WebElement::getText)
                .allSatisfy(closeness -> assertThat(closeness).isNotBlank());
        Accessibility.assertNoSeriousViolations(browser);
        Browser.screenshot(browser, "neighbours-trafford-2025");

        Pages.choose(browser, "sn", "2021");
        await(browser).until(ExpectedConditions.urlContains("sn=2021"));
        await(browser).until(d -> d.findElement(By.tagName("h1")).getText().contains("2021 model"));
        assertThat(names()).hasSize(10).isNotEqualTo(model2025);
        assertThat(browser.getCurrentUrl())
                .as("the year, not offered on this page, rides along")
                .contains("period=2024")
                .contains("indicator=placement-3plus-moves-pct");
        Pages.choose(browser, "average", "Median");
        await(browser).until(ExpectedConditions.urlContains("average=median"));
        await(browser).until(d -> averageRow().startsWith("Neighbours' median"));
        Browser.screenshot(browser, "neighbours-trafford-2021-median");

        browser.findElement(By.linkText("Indicator")).click();
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("comparison-summary")));
        assertThat(browser.findElement(By.id("comparison-summary")).getText())
                .contains("median")
                .contains("2021 model");
    }

    @Test
    void keyboardUsersSkipPastTheNavigationBarWithoutLeavingThePage() throws Exception {
        browser.get(url("/neighbours?la=358&sn=2021"));
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("neighbours")));
        browser.executeScript("window.stillThisPage = true");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        Browser.screenshot(browser, "neighbours-skip-link");
        skip.sendKeys(Keys.ENTER);
        await(browser)
                .until(d -> "main-content".equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.executeScript("return window.stillThisPage")).isEqualTo(true);
        assertThat(browser.getCurrentUrl()).contains("/neighbours?la=358&sn=2021");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("next stop: the first choice")
                .isEqualTo("la");
    }

    private static List<String> names() {
        return browser.findElements(By.cssSelector("#neighbours tbody tr:not(.average-row) th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void reachesEveryControlWithTabAloneInReadingOrder() {
        KeyboardWalk.assertSkipLinkMovesFocusToContent(browser, url("/neighbours?la=358"), By.id("neighbours"));
        KeyboardWalk.assertEveryControlReachedInOrder(browser, url("/neighbours?la=358"), By.id("neighbours"));
    }

    @Test
    void reflowsAt320PixelsAndAt400PercentZoom() throws Exception {
        try {
            for (double scale : new double[] {1, 4}) {
                Reflow.emulate(browser, 320, scale);
                browser.get(url("/neighbours?la=358"));
                await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("neighbours")));
                Reflow.assertReflows(browser);
            }
            Browser.screenshot(browser, "neighbours-320px");
        } finally {
            Reflow.reset(browser);
        }
    }

    private static String averageRow() {
        return browser.findElement(By.cssSelector("#neighbours tr.average-row"))
                .getText()
                .replace('\n', ' ')
                .strip();
    }
}
