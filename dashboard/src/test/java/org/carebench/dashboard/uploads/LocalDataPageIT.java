package org.carebench.dashboard.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.carebench.dashboard.support.Accessibility;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.KeyboardWalk;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.PipelineImport;
import org.carebench.dashboard.support.Reflow;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Local data page in headless Chromium over DfE's synthetic XML return, imported by the real
 * pipeline into the uploads context's own warehouse (imports change it, so it cannot be the shared one).
 */
class LocalDataPageIT extends UploadsApplicationTest {

    private static final int PUBLISHED_WITH_FIGURES_WITHHELD = 3;
    private static ChromeDriver browser;

    @BeforeAll
    static void importTheExtractAndStartBrowser() throws Exception {
        Path log = warehouse().resolveSibling(warehouse().getFileName() + "-local.log");
        int exit = PipelineImport.runLocal(warehouse(), log, "358", "2018-03-31", "ssda903/fake_data/fake_903.xml");
        assertThat(exit).as("import-local exit code; see " + log).isEqualTo(PUBLISHED_WITH_FIGURES_WITHHELD);
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.quit();
    }

    @Test
    void analystSeesEachFigureWithTheRulesThatWithheldItAndWhatEachRuleFound() throws Exception {
        Pages.signIn(browser, url("/login"), TestUser.ANALYST.username(), TestUser.ANALYST.password());
        browser.get(url("/local-data"));
        Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("local-figures-358")));

        String ceases = browser.findElement(By.cssSelector("#local-figures-358 tr[data-indicator='cla-ceasing-count']"))
                .getText();
        assertThat(ceases).contains("Withheld", "rule 148", "withholds it");
        String rule148 = browser.findElement(By.cssSelector("#rule-findings-358 tr[data-rule='148']"))
                .getText();
        assertThat(rule148)
                .contains("Episodes", "Date episode ceased and reason episode ceased must both be coded")
                .matches(".* \\d+ \\d+$");
        assertDownloadsHoldEveryFinding();
        Browser.screenshot(browser, "local-data");
        Accessibility.assertNoSeriousViolations(browser);

        KeyboardWalk.assertSkipLinkMovesFocusToContent(browser, url("/local-data"), By.id("local-figures-358"));
        KeyboardWalk.assertEveryControlReachedInOrder(browser, url("/local-data"), By.id("local-figures-358"));
        try {
            for (double scale : new double[] {1, 4}) {
                Reflow.emulate(browser, 320, scale);
                browser.get(url("/local-data"));
                Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("local-figures-358")));
                Reflow.assertReflows(browser);
            }
        } finally {
            Reflow.reset(browser);
        }
    }

    /** The page's two report links, fetched by the signed-in browser from the page itself. */
    private void assertDownloadsHoldEveryFinding() throws Exception {
        List<WebElement> links = browser.findElements(By.cssSelector("#local-validation-downloads-358 a[download]"));
        assertThat(links)
                .extracting(WebElement::getText)
                .containsExactly("Every finding, by table and rule (Excel)", "Every finding (CSV)");
        Map<String, Object> xlsx = Browser.fetch(browser, links.get(0));
        assertThat(xlsx.get("status")).isEqualTo(200L);
        assertThat((String) xlsx.get("disposition")).contains("local-validation-358.xlsx");
        try (Workbook workbook = WorkbookFactory.create(
                new ByteArrayInputStream(Base64.getDecoder().decode((String) xlsx.get("body"))))) {
            assertThat(workbook.getSheet("Summary")).isNotNull();
            assertThat(workbook.getSheet("Episodes").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Child");
        }
        Map<String, Object> csv = Browser.fetch(browser, links.get(1));
        assertThat(csv.get("status")).isEqualTo(200L);
        assertThat((String) csv.get("type")).startsWith("text/csv");
        String text = new String(Base64.getDecoder().decode((String) csv.get("body")), StandardCharsets.UTF_8);
        assertThat(text).startsWith("rule,child,table,field,fatal,message\n");
        assertThat(text.lines().filter(line -> line.startsWith("148,"))).hasSizeGreaterThan(100);
    }

    @Test
    void theValidationReportIsForAnalystsOnlyAndSaysWhatIsWrongWithARequest() throws Exception {
        HttpResponse<String> csv = http.send(
                request("/api/v1/local-validation?la=358&format=csv", TestUser.ANALYST)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("local-validation-358.csv");
        assertThat(csv.body()).contains("\n501,");

        assertThat(status("/api/v1/local-validation?la=358&format=csv", TestUser.VIEWER))
                .isEqualTo(403);
        HttpResponse<String> unknown = http.send(
                request("/api/v1/local-validation?la=999&format=csv", TestUser.ANALYST)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("local extract validation report: 999");
        HttpResponse<String> pdf = http.send(
                request("/api/v1/local-validation?la=358&format=pdf", TestUser.ANALYST)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.body()).contains("format must be csv or xlsx");
    }

    private int status(String path, TestUser user) throws Exception {
        return http.send(request(path, user).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aViewerIsNotShownThePage() throws Exception {
        ChromeDriver viewer = Browser.start();
        try {
            Pages.signIn(viewer, url("/login"), TestUser.VIEWER.username(), TestUser.VIEWER.password());
            viewer.get(url("/local-data"));
            Pages.await(viewer).until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
            assertThat(viewer.findElements(By.id("local-figures-358"))).isEmpty();
            assertThat(viewer.findElements(By.linkText("Local data"))).isEmpty();
        } finally {
            viewer.quit();
        }
    }
}
