package org.carebench.dashboard.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.carebench.dashboard.support.Accessibility;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.KeyboardWalk;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.ProjectPaths;
import org.carebench.dashboard.support.Reflow;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Imports page in headless Chromium: a real upload from the form, the keyboard, 320 px and axe. */
class ImportsPageIT extends UploadsApplicationTest {

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.quit();
    }

    @Test
    void analystUploadsAFileFromThePageAndSeesItsProgressAndResult() throws Exception {
        Pages.signIn(browser, url("/login"), TestUser.ANALYST.username(), TestUser.ANALYST.password());
        browser.get(url("/imports"));
        Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-form")));
        Accessibility.assertNoSeriousViolations(browser);

        browser.findElement(By.id("upload-file"))
                .sendKeys(ProjectPaths.referenceData()
                        .resolve("la-codes/regions.csv")
                        .toAbsolutePath()
                        .normalize()
                        .toString());
        browser.findElement(By.id("upload-submit")).click();

        new WebDriverWait(browser, Duration.ofMinutes(3))
                .until(d -> d.findElement(By.id("upload-form"))
                        .getAttribute("data-upload-status")
                        .matches("loaded|set-aside|rejected|refused"));
        assertThat(browser.findElement(By.id("upload-status")).getText()).startsWith("regions.csv: Loaded");
        assertThat(browser.findElement(By.id("upload-progress")).getAttribute("value"))
                .isEqualTo("100");
        Browser.screenshot(browser, "imports-after-upload");

        browser.navigate().refresh();
        Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-history")));
        assertThat(browser.findElement(By.id("upload-history")).getText()).contains("regions.csv", "loaded");

        KeyboardWalk.assertSkipLinkMovesFocusToContent(browser, url("/imports"), By.id("upload-form"));
        KeyboardWalk.assertEveryControlReachedInOrder(browser, url("/imports"), By.id("upload-form"));
        try {
            for (double scale : new double[] {1, 4}) {
                Reflow.emulate(browser, 320, scale);
                browser.get(url("/imports"));
                Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-form")));
                Reflow.assertReflows(browser);
            }
        } finally {
            Reflow.reset(browser);
        }
    }
}
