package org.carebench.dashboard.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
