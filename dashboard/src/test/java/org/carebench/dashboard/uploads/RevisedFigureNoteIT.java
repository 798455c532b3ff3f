package org.carebench.dashboard.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.PipelineImport;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The indicator page of a figure a newer release revised, in headless Chromium: the 2022 release's
 * placement-stability file (2018 to 2022) and the 2024 release's (2020 to 2024), imported by the real
 * pipeline into the uploads context's own warehouse, with DfE's 2025 neighbour model that the page
 * compares with. The 2024 release revised Trafford's 2022 long-term stability from 76% to 75%.
 */
class RevisedFigureNoteIT extends UploadsApplicationTest {

    @Test
    void theIndicatorPageSaysWhatTheRevisedFigureWasFirstPublishedAs() throws Exception {
        Path log = warehouse().resolveSibling(warehouse().getFileName() + "-revised.log");
        int exit = PipelineImport.run(
                warehouse(),
                log,
                List.of(
                        "legacy/ees-2022-release/la_cla_at_31_march_placement_stability_indicator.csv",
                        "dfe-cla/2024-release/la_cla_placement_stability.csv",
                        "statistical-neighbours/sn_model_2025_wide.csv"));
        assertThat(exit).as("import exit code; see " + log).isZero();
        ChromeDriver browser = Browser.start();
        try {
            Pages.signIn(browser, url("/login"), TestUser.ANALYST.username(), TestUser.ANALYST.password());
            browser.get(url("/indicator?la=358&indicator=placement-long-term-stability-pct"));
            Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("revision-notes")));
            WebElement notes = browser.findElement(By.id("revision-notes"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", notes);
            assertThat(notes.getText())
                    .contains("Revised figures for Trafford:")
                    .contains("2022: 75 in the 2024 release, first published as 76 in the 2022 release.");
            Browser.screenshot(browser, "indicator-revised-figure");
        } finally {
            browser.quit();
        }
    }
}
