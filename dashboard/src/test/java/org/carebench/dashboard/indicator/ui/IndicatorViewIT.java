package org.carebench.dashboard.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.BrowserPageTest;
import org.carebench.dashboard.support.Contrast;
import org.carebench.dashboard.support.KeyboardWalk;
import org.carebench.dashboard.support.Reflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The comparison page in a real browser, over the figures the pipeline imported. */
class IndicatorViewIT extends BrowserPageTest {

    @Test
    void showsTheDefaultAuthorityAsChartTableAndSentenceThenFollowsTheReadersChoice() throws Exception {
        browser.get(url("/indicator"));
        WebElement chart = await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("echarts-chart canvas, echarts-chart svg")));
        await().until(d -> chart.getSize().getWidth() > 0 && chart.getSize().getHeight() > 0);
        assertThat(browser.findElement(By.tagName("echarts-chart")).getAttribute("aria-label"))
                .startsWith("Line chart. In 2024, Trafford: 67");
        assertThat(figure("2024", 1)).isEqualTo("67");
        assertThat(figure("2024", 2)).isEqualTo("70");
        assertThat(figure("2024", 3)).isEqualTo("94");
        assertThat(figure("2024", 4)).isEqualTo("58.0");
        assertThat(browser.findElement(By.id("comparison-summary")).getText())
                .startsWith("In 2024, Trafford: 67 per 10,000 children, compared with 70 for England")
                .contains("Allowing for chance: similar to England: the difference is within what chance alone would"
                        + " give for an authority of this size. The 95% confidence interval is 60.4 to 74.1.");
        assertThat(browser.findElements(By.className("sample-banner"))).isEmpty();
        assertThat(browser.findElement(By.id("indicator-notes")).getText())
                .contains("cla_number_and_rate_per_10k_children.csv")
                .contains("Definition");
        assertThat(browser.findElement(By.id("as-of")).getText()).startsWith("As of: DfE release");
        Browser.screenshot(browser, "indicator-cla-rate-trafford");

        // Keyboard only: type the authority's name into the list, then press Enter on Show.
        WebElement laList = browser.findElement(By.id("la"));
        laList.sendKeys("Manchester");
        assertThat(new Select(laList).getFirstSelectedOption().getText()).isEqualTo("Manchester");
        assertThat(browser.getCurrentUrl()).doesNotContain("la=352");
        browser.findElement(By.cssSelector("form.selection .show-button")).sendKeys(Keys.ENTER);
        await().until(ExpectedConditions.urlContains("la=352"));
        await().until(d -> d.findElement(By.cssSelector("#comparison-table thead"))
                .getText()
                .contains("Manchester"));
        assertThat(browser.findElement(By.id("comparison-summary")).getText()).contains("Manchester");
        Browser.screenshot(browser, "indicator-cla-rate-manchester");
    }

    @Test
    void aLinkReproducesTheChosenView() throws Exception {
        browser.get(url("/indicator?la=352&period=2022&sn=2021&average=median"));
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("comparison-summary")));
        assertThat(browser.findElement(By.id("comparison-summary")).getText())
                .startsWith("In 2022, Manchester")
                .contains("median")
                .contains("2021 model");
        assertThat(browser.findElement(By.cssSelector("#comparison-table tr.selected-period th"))
                        .getText())
                .isEqualTo("2022");
    }

    @Test
    void placementMovesShowNeighbourBarsAndEveryAuthoritySortable() throws Exception {
        browser.get(url("/indicator?la=358&indicator=placement-3plus-moves-pct&period=2024"));
        await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#neighbour-chart canvas")));
        assertThat(figure("2024", 1)).isEqualTo("5");
        assertThat(figure("2024", 4)).isEqualTo("10.9");
        assertThat(browser.findElement(By.id("comparison-summary")).getText())
                .contains("5%, compared with 10% for England, 9% for North West and 10.9% as the mean")
                .contains("Ranked 2 of 149 local authorities (1 = best), quartile band A");
        assertThat(browser.findElements(By.cssSelector("#neighbour-table tbody tr")))
                .hasSize(11);
        assertThat(browser.findElement(By.cssSelector("#all-authorities tr.chosen"))
                        .getText())
                .contains("Trafford");
        WebElement sortByFigure = browser.findElement(By.id("sort-1"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", sortByFigure);
        sortByFigure.click();
        await().until(ExpectedConditions.urlContains("sort=figure-asc"));
        await().until(d -> d.findElement(By.cssSelector("#all-authorities th[aria-sort='ascending']"))
                .getText()
                .startsWith("Figure"));
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("focus back on the header used")
                .isEqualTo("sort-1");
        assertThat((Boolean) browser.executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                        browser.findElement(By.id("sort-1"))))
                .as("the header used is still in view")
                .isTrue();
        String lowest = browser.findElement(By.cssSelector("#all-authorities tbody tr td"))
                .getText();
        // The second sort from the keyboard alone: focus the header button and press Enter.
        browser.findElement(By.id("sort-1")).sendKeys(Keys.ENTER);
        await().until(ExpectedConditions.urlContains("sort=figure-desc"));
        await().until(d -> !d.findElements(By.cssSelector("#all-authorities th[aria-sort='descending']"))
                .isEmpty());
        String highest = browser.findElement(By.cssSelector("#all-authorities tbody tr td"))
                .getText();
        assertThat(Double.parseDouble(highest)).isGreaterThan(Double.parseDouble(lowest));
        org.carebench.dashboard.support.Accessibility.assertNoSeriousViolations(browser);
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'start'})",
                browser.findElement(By.cssSelector("#all-authorities caption")));
        Browser.screenshot(browser, "indicator-placement-moves-all-authorities");
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id("neighbour-chart")));
        Browser.screenshot(browser, "indicator-placement-moves-neighbours");
    }

    @Test
    void aSuccessorsTrendLinksToItsPredecessorsFiguresWhichTheChoiceListLeavesOut() throws Exception {
        browser.get(url("/indicator?la=942&indicator=cla-rate-per-10k"));
        WebElement note = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("reorganisation")));
        assertThat(note.getText())
                .isEqualTo("Cumberland took over from Cumbria on 1 April 2023. For figures before then, see Cumbria.");
        assertThat(new Select(browser.findElement(By.id("la"))).getOptions())
                .extracting(WebElement::getText)
                .contains("Cumberland", "Westmorland and Furness")
                .doesNotContain("Cumbria", "Northamptonshire", "Poole", "Bournemouth");

        note.findElement(By.linkText("Cumbria")).click();
        await().until(ExpectedConditions.urlContains("la=909"));
        await().until(d -> d.findElement(By.tagName("h1")).getText().endsWith(": Cumbria"));
        assertThat(figure("2023", 1)).isEqualTo("82");
        assertThat(browser.findElement(By.id("reorganisation")).getText())
                .isEqualTo("Cumbria was replaced by Cumberland and Westmorland and Furness on 1 April 2023."
                        + " For later figures, see Cumberland or Westmorland and Furness.");
        assertThat(new Select(browser.findElement(By.id("la")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Cumbria");
        Browser.screenshot(browser, "indicator-cla-rate-cumbria");
    }

    private String figure(String year, int column) {
        return browser.findElement(
                        By.xpath("//table[@id='comparison-table']//tr[th='" + year + "']/td[" + column + "]"))
                .getText();
    }

    @Test
    void reachesEveryControlWithTabAloneInReadingOrder() {
        KeyboardWalk.assertSkipLinkMovesFocusToContent(
                browser,
                url("/indicator?la=358&indicator=placement-3plus-moves-pct&period=2024"),
                By.id("all-authorities"));
        KeyboardWalk.assertEveryControlReachedInOrder(
                browser,
                url("/indicator?la=358&indicator=placement-3plus-moves-pct&period=2024"),
                By.id("all-authorities"));
    }

    @Test
    void reflowsAt320PixelsAndAt400PercentZoom() throws Exception {
        try {
            for (double scale : new double[] {1, 4}) {
                Reflow.emulate(browser, 320, scale);
                browser.get(url("/indicator?la=358&indicator=placement-3plus-moves-pct&period=2024"));
                await().until(ExpectedConditions.visibilityOfElementLocated(By.id("all-authorities")));
                Reflow.assertReflows(browser);
            }
            Browser.screenshot(browser, "indicator-320px");
        } finally {
            Reflow.reset(browser);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void drawsEveryChartColourAtThreeToOneOrMoreAgainstWhite() {
        browser.get(url("/indicator?la=358&indicator=placement-3plus-moves-pct&period=2024"));
        await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#neighbour-chart canvas")));
        List<String> colours = (List<String>) browser.executeScript("""
                const found = new Set();
                const walk = v => { if (Array.isArray(v)) { v.forEach(walk); } else if (v && typeof v === 'object') {
                  Object.entries(v).forEach(([k, x]) => { if (k === 'color' && typeof x === 'string') { found.add(x); }
                    else { walk(x); } }); } };
                document.querySelectorAll('echarts-chart').forEach(c => walk(c.option));
                return [...found];
                """);
        assertThat(colours)
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(colour -> assertThat(Contrast.ratio(colour, "#ffffff"))
                        .as(colour + " against white")
                        .isGreaterThanOrEqualTo(3.0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void drawsEachNeighboursOwnIntervalOnTheNeighbourChart() {
        browser.get(url("/indicator?la=358&indicator=placement-3plus-moves-pct&period=2024"));
        await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#neighbour-chart canvas")));
        Map<String, Object> whiskers = (Map<String, Object>) browser.executeScript("""
                const option = document.getElementById('neighbour-chart').option;
                const bars = option.series.find(s => s.type === 'bar').data.length;
                const box = option.series.find(s => s.type === 'boxplot');
                return {bars: bars, drawn: box.data.filter(d => d[0] !== '-').length, all: box.data.length,
                        inside: box.data.filter(d => d[0] !== '-' && d[0] <= d[2] && d[2] <= d[4]).length};
                """);
        // Trafford and its ten neighbours: DfE's file gives each the count and the children it is out of.
        assertThat(((Number) whiskers.get("all")).intValue()).isEqualTo(((Number) whiskers.get("bars")).intValue());
        assertThat(((Number) whiskers.get("drawn")).intValue()).isGreaterThan(5);
        assertThat(whiskers.get("inside")).isEqualTo(whiskers.get("drawn"));
    }

    private static WebDriverWait await() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }
}
