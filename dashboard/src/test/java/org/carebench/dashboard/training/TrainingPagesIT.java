package org.carebench.dashboard.training;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.carebench.dashboard.support.Accessibility;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.BrowserPageTest;
import org.carebench.dashboard.support.KeyboardWalk;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.Reflow;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The training pages in headless Chromium: an analyst records a session with its attendance on the
 * form and sees the FOI answer change; a viewer sees the counts and no name; each page passes axe,
 * the keyboard walk and reflow at 320 px.
 */
class TrainingPagesIT extends BrowserPageTest {

    private static final String REPORT = "/training/reports?since=2025-05-01";

    @Autowired
    private DataSource appDatabase;

    @Autowired
    private TrainingRecords records;

    @BeforeEach
    void generatedCouncil() {
        TrainingData.clear(appDatabase);
        records.saveMembers(TestUser.ANALYST.username(), GeneratedCouncil.members());
    }

    @AfterEach
    void noTrainingRecords() {
        TrainingData.clear(appDatabase);
    }

    @Test
    void analystRecordsASessionWithAttendanceAndTheFoiAnswerChanges() throws Exception {
        assertThat(foiAnswer()).contains("No sessions were held.").contains("0 of the 45 current councillors");

        browser.get(url("/training"));
        Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("record-session")));
        type("session-title", "Corporate Parenting: our responsibility as corporate parents");
        WebElement date = browser.findElement(By.id("session-date"));
        date.clear();
        date.sendKeys("2025-05-14");
        new Select(browser.findElement(By.id("session-type"))).selectByValue("corporate-parenting");
        type("session-trainer", "Head of Children's Services");
        for (String name : new String[] {"Councillor 01", "Councillor 02", "Councillor 03", "Officer 1"}) {
            WebElement box = browser.findElement(By.xpath("//label[starts-with(., '" + name + " (')]"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
            box.click();
        }
        browser.findElement(By.id("record-session-submit")).click();
        Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("training-recorded")));
        assertThat(browser.findElement(By.id("training-sessions")).getText())
                .contains(
                        "14 May 2025", "Corporate parenting", "Councillor 01, Councillor 02, Councillor 03, Officer 1");
        Browser.screenshot(browser, "training-sessions-recorded");

        assertThat(foiAnswer())
                .contains("Corporate Parenting: our responsibility as corporate parents, May 2025: 4 attended")
                .contains("3 of the 45 current councillors (6.7%)");
        assertThat(browser.findElement(By.id("members-not-trained")).getText()).contains("Councillor 04");
        Browser.screenshot(browser, "training-reports");

        for (String page : new String[] {"/training", REPORT, "/training/members", "/training/policies"}) {
            browser.get(url(page));
            Pages.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("training-status")));
            Accessibility.assertNoSeriousViolations(browser);
        }
        KeyboardWalk.assertSkipLinkMovesFocusToContent(browser, url(REPORT), By.id("foi-answer"));
        KeyboardWalk.assertEveryControlReachedInOrder(browser, url(REPORT), By.id("foi-answer"));
        KeyboardWalk.assertEveryControlReachedInOrder(browser, url("/training"), By.id("record-session"));
        try {
            for (String page : new String[] {"/training", REPORT}) {
                Reflow.emulate(browser, 320, 1);
                browser.get(url(page));
                Pages.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("training-status")));
                Reflow.assertReflows(browser);
            }
            Browser.screenshot(browser, "training-reports-320px");
        } finally {
            Reflow.reset(browser);
        }
    }

    @Test
    void aViewerSeesCountsButNoNameOnAnyTrainingPage() throws Exception {
        records.recordSession(
                TestUser.ANALYST.username(),
                new SessionDraft(
                        "Corporate parenting refresher",
                        java.time.LocalDate.of(2025, 6, 4),
                        SessionType.CORPORATE_PARENTING,
                        "Head of Service",
                        "Members",
                        null,
                        null,
                        GeneratedCouncil.councillors(1, 12)));
        try {
            browser.manage().deleteAllCookies();
            Pages.signIn(browser, url("/login"), TestUser.VIEWER.username(), TestUser.VIEWER.password());
            for (String page : new String[] {"/training", REPORT, "/training/policies"}) {
                browser.get(url(page));
                Pages.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("training-status")));
                assertThat(browser.getPageSource()).doesNotContain("Councillor 0", "Officer 1");
            }
            assertThat(browser.findElements(By.id("record-session"))).isEmpty();
            browser.get(url(REPORT));
            Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("foi-answer")));
            assertThat(browser.findElement(By.id("foi-answer")).getText())
                    .contains("Corporate parenting refresher, June 2025: 12 attended");
            assertThat(browser.findElement(By.id("members-not-trained")).getText())
                    .isEqualTo("39 members in office (councillors and officers) are not yet trained.");
            browser.get(url("/training/members"));
            Pages.await(browser)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.tagName("body"), "Could not navigate"));
            assertThat(browser.findElements(By.id("training-members"))).isEmpty();
            assertThat(browser.getPageSource()).doesNotContain("Councillor 0");
        } finally {
            browser.manage().deleteAllCookies();
            Pages.signIn(browser, url("/login"), TestUser.ANALYST.username(), TestUser.ANALYST.password());
        }
    }

    private String foiAnswer() {
        browser.get(url(REPORT));
        Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("foi-answer")));
        return browser.findElement(By.id("foi-answer")).getText();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }
}
