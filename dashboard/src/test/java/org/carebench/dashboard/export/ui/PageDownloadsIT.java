package org.carebench.dashboard.export.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.dashboard.support.Pages.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.BrowserPageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Every download link on the scorecard and indicator pages, fetched by the browser from the page itself. */
class PageDownloadsIT extends BrowserPageTest {

    @Test
    void scorecardLinksDownloadTheScorecardAsSpreadsheets() throws Exception {
        browser.get(url("/?la=358&period=2024"));
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("scorecard-downloads")));
        List<WebElement> links = browser.findElements(By.cssSelector("#scorecard-downloads a[download]"));
        assertThat(links).hasSize(3);
        for (WebElement link : links) {
            Map<String, Object> file = Browser.fetch(browser, link);
            assertThat(file.get("status")).as(link.getText()).isEqualTo(200L);
            assertThat((String) file.get("disposition")).as(link.getText()).contains("scorecard-358-2024.");
        }
        byte[] workbook = Base64.getDecoder()
                .decode((String) Browser.fetch(browser, links.get(0)).get("body"));
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(xlsx.getSheet("Figures").getLastRowNum()).isGreaterThan(40);
        }
    }

    @Test
    void indicatorLinksDownloadTheSeriesAndEveryAuthority() throws Exception {
        browser.get(url("/indicator?la=358&period=2024&indicator=placement-3plus-moves-pct"));
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("indicator-downloads")));
        List<WebElement> links = browser.findElements(By.cssSelector("#indicator-downloads a[download]"));
        assertThat(links).hasSize(4);
        for (WebElement link : links) {
            Map<String, Object> file = Browser.fetch(browser, link);
            assertThat(file.get("status")).as(link.getText()).isEqualTo(200L);
            assertThat((String) file.get("type"))
                    .as(link.getText())
                    .matches(link.getText().endsWith("(CSV)") ? "text/csv.*" : "application/vnd.openxml.*");
        }
        String csv = new String(Base64.getDecoder()
                .decode((String) Browser.fetch(browser, links.get(3)).get("body")));
        assertThat(csv.lines().filter(line -> line.contains(",358,Trafford,5,")))
                .hasSize(1);
    }

    @Test
    void indicatorChartLinksDownloadEachChartAsPngAndSvg() throws Exception {
        browser.get(url("/indicator?la=358&period=2024&indicator=placement-3plus-moves-pct"));
        for (String chart : List.of("trend", "neighbours")) {
            await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(chart + "-chart-downloads")));
            List<WebElement> links = browser.findElements(By.cssSelector("#" + chart + "-chart-downloads a[download]"));
            assertThat(links).hasSize(2);
            Map<String, Object> png = Browser.fetch(browser, links.get(0));
            assertThat(png.get("status")).as(links.get(0).getText()).isEqualTo(200L);
            assertThat((String) png.get("disposition")).contains(chart + "-placement-3plus-moves-pct-358-");
            var image = javax.imageio.ImageIO.read(
                    new ByteArrayInputStream(Base64.getDecoder().decode((String) png.get("body"))));
            assertThat(image.getWidth()).isGreaterThanOrEqualTo(1600);
            Map<String, Object> svg = Browser.fetch(browser, links.get(1));
            assertThat((String) svg.get("type")).startsWith("image/svg+xml");
            assertThat(new String(Base64.getDecoder().decode((String) svg.get("body")), StandardCharsets.UTF_8))
                    .contains("Children with 3 or more placements during the year")
                    .contains("Trafford (358)");
        }
    }

    @Test
    void packPageTicksTheDefaultSetAndItsFormDownloadsThePack() throws Exception {
        browser.get(url("/pack?la=358&period=2024"));
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pack-form")));
        List<String> ticked = browser.findElements(By.cssSelector("#pack-form input[name=indicators]:checked")).stream()
                .map(box -> box.getAttribute("value"))
                .toList();
        assertThat(ticked).isNotEmpty().allMatch(org.carebench.dashboard.pack.PackIndicators.DEFAULT::contains);
        WebElement moves = browser.findElement(By.id("pack-placement-3plus-moves-pct"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", moves);
        moves.click();
        org.carebench.dashboard.support.Accessibility.assertNoSeriousViolations(browser);
        @SuppressWarnings("unchecked")
        Map<String, Object> file = (Map<String, Object>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const form = document.getElementById('pack-form');"
                        + "const query = new URLSearchParams(new FormData(form)).toString();"
                        + "fetch(form.action + '?' + query).then(async r => done({status: r.status, query: query,"
                        + " size: (await r.arrayBuffer()).byteLength, disposition: r.headers.get('content-disposition')}))"
                        + ".catch(e => done({status: -1, query: String(e)}));");
        assertThat(file.get("status")).isEqualTo(200L);
        assertThat((String) file.get("query")).doesNotContain("placement-3plus-moves-pct");
        assertThat((String) file.get("disposition")).contains("training-pack-358-2024.pptx");
        assertThat((Long) file.get("size")).isGreaterThan(10_000L);
    }
}
