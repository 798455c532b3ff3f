package org.carebench.dashboard.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.dashboard.support.Pages.await;

import java.util.List;
import java.util.Map;
import org.carebench.dashboard.figures.SeriesStyle;
import org.carebench.dashboard.support.Accessibility;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.BrowserPageTest;
import org.carebench.dashboard.support.KeyboardWalk;
import org.carebench.dashboard.support.Reflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The indicator page's charts as a reader works them: every authority sorted, series hidden, axis from zero. */
class IndicatorChartsIT extends BrowserPageTest {

    private static final String PAGE = "/indicator?la=358&indicator=placement-3plus-moves-pct&period=2024";

    @Test
    @SuppressWarnings("unchecked")
    void drawsEveryAuthoritySortedWithTheAuthorityItsNeighboursAndTheQuartilesMarked() throws Exception {
        browser.get(url(PAGE));
        await(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#caterpillar-chart canvas")));
        assertThat(browser.findElement(By.id("caterpillar-summary")).getText())
                .startsWith("149 local authorities with a figure in 2024, lowest to highest. Trafford (5%): 1 local"
                        + " authority has a lower figure and 1 the same")
                .contains("The lower quartile is");
        Map<String, Object> bars = (Map<String, Object>)
                browser.executeScript("""
                const series = document.getElementById('caterpillar-chart')._chart.getOption().series[0];
                const values = series.data.map(d => d.value);
                const colour = c => series.data.filter(d => d.itemStyle.color === c).length;
                return {count: values.length, sorted: values.every((v, i) => i === 0 || values[i - 1] <= v),
                        authority: colour(arguments[0]), neighbours: colour(arguments[1]),
                        quartiles: series.markLine.data.map(d => d.name)};
                """, SeriesStyle.AUTHORITY.colour(), SeriesStyle.NEIGHBOURS.colour());
        assertThat(bars.get("count")).isEqualTo(149L);
        assertThat(bars.get("sorted")).isEqualTo(true);
        assertThat(bars.get("authority")).isEqualTo(1L);
        assertThat((Long) bars.get("neighbours")).isBetween(8L, 10L);
        assertThat((List<String>) bars.get("quartiles")).containsExactly("Lower quartile", "Median", "Upper quartile");
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id("caterpillar-chart")));
        Browser.screenshot(browser, "indicator-caterpillar");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void tickBoxesHideASeriesAndStartTheAxisAtZeroFromTheKeyboard() throws Exception {
        browser.get(url(PAGE));
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#trend-chart canvas")));
        WebElement england = browser.findElement(By.cssSelector("#trend-chart-controls input[data-series='England']"));
        england.sendKeys(Keys.SPACE);
        await(browser)
                .until(d -> Boolean.FALSE.equals(browser.executeScript("return document"
                        + ".getElementById('trend-chart')._chart.getOption().legend[0].selected['England']")));
        assertThat(england.isSelected()).isFalse();
        assertThat(axisStart()).isGreaterThan(0);

        browser.findElement(By.id("trend-chart-zero")).sendKeys(Keys.SPACE);
        await(browser).until(d -> axisStart() == 0);
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id("trend-chart")));
        Thread.sleep(500); // the axis's own transition, so the picture shows where it ends
        Browser.screenshot(browser, "indicator-trend-from-zero-without-england");

        // A click on the chart's own legend brings England back, and its tick box follows.
        browser.executeScript("document.getElementById('trend-chart')._chart.dispatchAction("
                + "{type: 'legendSelect', name: 'England'});"
                + "document.getElementById('trend-chart').querySelector('canvas').dispatchEvent("
                + "new MouseEvent('click', {bubbles: true}));");
        await(browser).until(d -> england.isSelected());
    }

    @Test
    void reachesTheChartControlsWithTabAloneAndReflowsAt320Pixels() throws Exception {
        KeyboardWalk.assertEveryControlReachedInOrder(browser, url(PAGE), By.id("trend-chart-controls"));
        try {
            Reflow.emulate(browser, 320, 1);
            browser.get(url(PAGE));
            await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("trend-chart-controls")));
            Reflow.assertReflows(browser);
            browser.executeScript(
                    "arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.id("trend-chart")));
            Browser.screenshot(browser, "indicator-trend-controls-320px");
        } finally {
            Reflow.reset(browser);
        }
    }

    private double axisStart() {
        return ((Number) browser.executeScript("return document.getElementById('trend-chart')._chart.getModel()"
                        + ".getComponent('yAxis').axis.scale.getExtent()[0]"))
                .doubleValue();
    }
}
