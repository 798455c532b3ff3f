package org.carebench.dashboard.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.carebench.dashboard.support.Pages.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carebench.dashboard.support.Accessibility;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.BrowserPageTest;
import org.carebench.dashboard.support.KeyboardWalk;
import org.carebench.dashboard.support.PipelineWarehouse;
import org.carebench.dashboard.support.Reflow;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Who the children are, over England's published characteristics and a file written in the layout of
 * DfE's authorities' characteristics file (Trafford 55% male; its neighbours 51% to 60%, Bromley withheld),
 * and Salford's own extract (DfE's synthetic SSDA903 data) as local figures.
 */
class ProfileViewIT extends BrowserPageTest {

    private static final String PAGE = "/profile?la=358&period=2024";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void apiGivesEachCategoryForTheAuthorityItsNeighboursRegionAndEngland() throws Exception {
        JsonNode profile = new ObjectMapper()
                .readTree(get("/api/v1/profile?la=358&period=2024").body());
        JsonNode gender = dimension(profile, "on-31-march", "gender");
        JsonNode male = gender.at("/categories/0");
        assertThat(male.get("label").asText()).isEqualTo("Male");
        assertThat(male.at("/la/value").asDouble()).isEqualTo(55.0);
        assertThat(male.at("/region/value").asDouble()).isEqualTo(58.0);
        // England from DfE's national characteristics file, 2024.
        assertThat(male.at("/england/value").asDouble()).isEqualTo(57.0);
        // The mean of 51..60 without Bromley's withheld 56.
        assertThat(male.get("neighbours").asDouble()).isCloseTo(55.44, org.assertj.core.data.Offset.offset(0.01));
        assertThat(male.get("neighboursWithFigure").asInt()).isEqualTo(9);
        JsonNode need = dimension(profile, "on-31-march", "need");
        assertThat(need.at("/categories/0/england/value").asDouble()).isEqualTo(66.0);
        assertThat(need.at("/categories/0/la").isNull()).isTrue();
        assertThat(need.at("/categories/6/england/status").asText()).isEqualTo("k");
        JsonNode reasons = dimension(profile, "ceased", "reason");
        assertThat(reasons.at("/categories/4/label").asText()).isEqualTo("Special guardianship order");
        assertThat(reasons.at("/categories/4/la/value").asDouble()).isEqualTo(5.0);
        assertThat(reasons.at("/categories/3/la/status").asText()).isEqualTo("c");

        JsonNode median = new ObjectMapper()
                .readTree(
                        get("/api/v1/profile?la=358&period=2024&average=median").body());
        assertThat(dimension(median, "on-31-march", "gender")
                        .at("/categories/0/neighbours")
                        .asDouble())
                .isEqualTo(55.0);

        HttpResponse<byte[]> csv = get("/api/v1/profile?la=358&period=2024&format=csv");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"profile-358-2024.csv\"");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .contains("2024,Children looked after on 31 March,cla-by-characteristic-pct,Gender,Male,358,55,");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                get("/api/v1/profile?la=358&period=2024&format=xlsx").body()))) {
            Sheet figures = workbook.getSheet("Figures");
            Row male2024 = null;
            for (Row row : figures) {
                if (row.getCell(4) != null && row.getCell(4).toString().equals("Male")) {
                    male2024 = row;
                    break;
                }
            }
            assertThat(male2024).isNotNull();
            assertThat(male2024.getCell(6).getNumericCellValue()).isEqualTo(55.0);
        }
        assertThat(get("/api/v1/profile?la=358&period=1999").statusCode()).isEqualTo(404);
    }

    @Test
    void pageDrawsEachCharacteristicAsStackedBarsWithItsSentenceAndTable() throws Exception {
        browser.get(url(PAGE));
        WebElement chart = await(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#on-31-march-gender-chart canvas")));
        await(browser).until(d -> chart.getSize().getWidth() > 0);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Who the children are: Trafford");
        assertThat(browser.findElement(By.id("on-31-march-gender-summary")).getText())
                .isEqualTo("Children looked after on 31 March, 2024, by gender: in Trafford the largest group is"
                        + " Male (55%, against 57% in England). In England the largest group is Male (57%).");
        assertThat(browser.findElement(By.id("on-31-march-gender-chart")).getAttribute("aria-label"))
                .startsWith("Stacked bar chart. Children looked after");
        assertThat(browser.findElement(By.cssSelector("#on-31-march-gender-table tbody tr"))
                        .getText()
                        .replace('\n', ' '))
                .isEqualTo("Male 55 55.4 58 57 9 of 10");
        assertThat(browser.findElement(By.id("on-31-march-need-summary")).getText())
                .contains("Trafford has no published figures")
                .contains("Abuse or neglect (66%)");
        assertThat(browser.findElements(By.cssSelector("#profile-downloads a")))
                .extracting(a -> a.getAttribute("href"))
                .anyMatch(href -> href.contains("/api/v1/profile?la=358&period=2024") && href.contains("format=xlsx"));
        Browser.screenshot(browser, "profile-trafford");
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.id("ceased-reason-chart")));
        Browser.screenshot(browser, "profile-trafford-ceased");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void theCouncilsOwnExtractStandsBesideThePublishedFiguresForThoseWhoMaySeeLocalFigures() throws Exception {
        String path = "/profile?la=" + PipelineWarehouse.LOCAL_EXTRACT_LA + "&period=2024";
        JsonNode analyst = new ObjectMapper()
                .readTree(get("/api/v1" + path, TestUser.ANALYST).body());
        assertThat(analyst.at("/local/periodEnd").asText()).isEqualTo("2018-03-31");
        assertThat(analyst.at("/local/release").asText()).startsWith("local extract ");
        JsonNode female = dimension(analyst, "on-31-march", "gender").at("/categories/1");
        assertThat(female.get("label").asText()).isEqualTo("Female");
        // DfE's synthetic XML return, unrounded as local figures are (the pipeline's LocalExtractIT checks the
        // shares against an independent count); every child is a boy or a girl there
        double girls = female.at("/local/value").asDouble();
        assertThat(girls).isCloseTo(48.1818, offset(1e-4));
        assertThat(dimension(analyst, "on-31-march", "gender")
                                .at("/categories/0/local/value")
                                .asDouble()
                        + girls)
                .isCloseTo(100.0, offset(1e-9));
        assertThat(female.at("/england/value").asDouble()).isEqualTo(43.0);
        // DfE publishes no category of need for the authority; its extract gives one
        assertThat(dimension(analyst, "on-31-march", "need")
                        .at("/categories/0/local/value")
                        .asDouble())
                .isGreaterThan(0);
        assertThat(new String(
                        get("/api/v1" + path + "&format=csv", TestUser.ANALYST).body(), StandardCharsets.UTF_8))
                .contains("local_period_end,local_percent,local_release");

        JsonNode viewer = new ObjectMapper().readTree(get("/api/v1" + path).body());
        assertThat(viewer.get("local").isNull()).isTrue();
        assertThat(viewer.findValues("local")).allMatch(JsonNode::isNull);
        assertThat(new String(get("/api/v1" + path + "&format=csv").body(), StandardCharsets.UTF_8))
                .doesNotContain("local_");

        browser.get(url(path));
        WebElement table =
                await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("on-31-march-gender-table")));
        assertThat(table.findElements(By.cssSelector("thead th")))
                .extracting(WebElement::getText)
                .contains("Your extract, 31 March 2018 (local figures) (%)");
        assertThat(table.findElement(By.cssSelector("tbody tr:nth-child(2)"))
                        .getText()
                        .replace('\n', ' '))
                // The authority's dash carries its explanation for screen readers, which getText may include.
                .matches("Female – (\\(no figure for this period\\) )?48\\.18 .*");
        assertThat(browser.findElement(By.id("profile-local-note")).getText())
                .contains("Your extract", "31 March 2018", "Local figures: unpublished");
        WebElement chart = browser.findElement(By.cssSelector("#on-31-march-gender-chart canvas"));
        await(browser).until(d -> chart.getSize().getWidth() > 0);
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.id("on-31-march-age-chart")));
        Browser.screenshot(browser, "profile-local-extract");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void reachesEveryControlWithTabAloneAndReflowsAt320Pixels() throws Exception {
        KeyboardWalk.assertEveryControlReachedInOrder(browser, url(PAGE), By.id("on-31-march-gender-table"));
        try {
            Reflow.emulate(browser, 320, 1);
            browser.get(url(PAGE));
            await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("on-31-march-gender-table")));
            Reflow.assertReflows(browser);
            Browser.screenshot(browser, "profile-320px");
        } finally {
            Reflow.reset(browser);
        }
    }

    private static JsonNode dimension(JsonNode profile, String population, String dimension) {
        for (JsonNode p : profile.get("populations")) {
            if (p.get("id").asText().equals(population)) {
                for (JsonNode d : p.get("dimensions")) {
                    if (d.get("id").asText().equals(dimension)) {
                        return d;
                    }
                }
            }
        }
        throw new AssertionError("no " + population + "/" + dimension + " in " + profile);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return get(path, TestUser.VIEWER);
    }

    private HttpResponse<byte[]> get(String path, TestUser user) throws Exception {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
