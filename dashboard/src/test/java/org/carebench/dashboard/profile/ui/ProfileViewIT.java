package org.carebench.dashboard.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.carebench.dashboard.support.Reflow;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Who the children are, over England's published characteristics and a file written in the layout of
 * DfE's authorities' characteristics file (Trafford 55% male; its neighbours 51% to 60%, Bromley withheld).
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
        assertThat(reasons.at("/categories/3/label").asText()).isEqualTo("Special guardianship order");
        assertThat(reasons.at("/categories/3/la/value").asDouble()).isEqualTo(5.0);
        assertThat(reasons.at("/categories/2/la/status").asText()).isEqualTo("c");

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
        return http.send(request(path, TestUser.VIEWER).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
