package org.carebench.dashboard.releases.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.dashboard.support.Pages.await;

import org.carebench.dashboard.support.Accessibility;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.BrowserPageTest;
import org.carebench.dashboard.support.KeyboardWalk;
import org.carebench.dashboard.support.Reflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Releases page in a real browser, over the warehouse imported from DfE's 2024 and 2025 releases. */
class ReleasesViewIT extends BrowserPageTest {

    private static final By RELEASE_2024 = By.id("release-2024");

    @Test
    void listsEveryReleaseWithItsChangesFilesAndReport() throws Exception {
        browser.get(url("/releases"));
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(RELEASE_2024));
        assertThat(browser.findElements(By.cssSelector("section.release h2")))
                .extracting(WebElement::getText)
                .startsWith("The 2025 release", "The 2024 release");
        WebElement release = browser.findElement(RELEASE_2024);
        assertThat(release.findElement(By.cssSelector(".change-counts")).getText())
                .startsWith("What it changed: ")
                .contains("new periods")
                .contains("0 figures revised");
        assertThat(release.findElement(By.linkText("Download the change report of the 2024 release (CSV)"))
                        .getAttribute("href"))
                .endsWith("/api/v1/releases/2024/changes?format=csv");
        assertThat(release.findElements(By.cssSelector("#release-2024-files tbody th")))
                .extracting(WebElement::getText)
                .contains("la_cla_placement_stability.csv");
        assertThat(browser.findElement(By.linkText("Releases")).getAttribute("aria-current"))
                .isEqualTo("page");
        Accessibility.assertNoSeriousViolations(browser);
        Browser.screenshot(browser, "releases");
    }

    @Test
    void reachesEveryControlWithTabAloneInReadingOrder() {
        KeyboardWalk.assertSkipLinkMovesFocusToContent(browser, url("/releases"), RELEASE_2024);
        KeyboardWalk.assertEveryControlReachedInOrder(browser, url("/releases"), RELEASE_2024);
    }

    @Test
    void reflowsAt320PixelsAndAt400PercentZoom() throws Exception {
        try {
            for (double scale : new double[] {1, 4}) {
                Reflow.emulate(browser, 320, scale);
                browser.get(url("/releases"));
                await(browser).until(ExpectedConditions.visibilityOfElementLocated(RELEASE_2024));
                Reflow.assertReflows(browser);
            }
            Browser.screenshot(browser, "releases-320px");
        } finally {
            Reflow.reset(browser);
        }
    }
}
