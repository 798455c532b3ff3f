package org.carebench.dashboard.commentary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.carebench.dashboard.support.Accessibility;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.BrowserPageTest;
import org.carebench.dashboard.support.KeyboardWalk;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.Reflow;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An analyst's comment written on the indicator page's plain form and changed again, and a board's
 * list saved on the Board report page, in headless Chromium signed in as an analyst.
 */
class CommentaryPagesIT extends BrowserPageTest {

    private static final String INDICATOR_PAGE = "/indicator?la=358&indicator=placement-3plus-moves-pct&period=2024";

    @Test
    void anAnalystAddsADatedInternalCommentOnTheIndicatorPageAndChangesIt() throws Exception {
        String text = "Rise due to a sibling group of five entering care in March " + UUID.randomUUID();
        browser.get(url(INDICATOR_PAGE));
        WebElement box =
                Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-new-text")));
        box.sendKeys(text);
        browser.findElement(By.id("comment-new-save")).click();

        String id = Pages.await(browser)
                .until(d -> d.findElements(By.cssSelector("#commentary .comment")).stream()
                        .filter(c -> c.getText().contains(text))
                        .map(c -> c.getAttribute("data-comment"))
                        .findFirst()
                        .orElse(null));
        WebElement comment = browser.findElement(By.cssSelector("#commentary [data-comment='" + id + "']"));
        String today =
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(ZoneId.of("Europe/London")));
        assertThat(comment.findElement(By.className("comment-meta")).getText())
                .isEqualTo(today + ", " + TestUser.ANALYST.username() + " Internal");
        assertThat(browser.getCurrentUrl())
                .contains("indicator=placement-3plus-moves-pct")
                .contains("la=358");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", comment);
        Browser.screenshot(browser, "indicator-commentary");
        Accessibility.assertNoSeriousViolations(browser);

        browser.findElement(By.id("comment-" + id + "-change")).click();
        WebElement edit = Pages.await(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-" + id + "-text")));
        assertThat(edit.getAttribute("value")).isEqualTo(text);
        edit.clear();
        edit.sendKeys(text + ", now public");
        new Select(browser.findElement(By.id("comment-" + id + "-audience"))).selectByValue("public");
        browser.findElement(By.id("comment-" + id + "-save")).click();
        Pages.await(browser)
                .until(d -> d.findElement(By.cssSelector("#commentary [data-comment='" + id + "']"))
                        .getText()
                        .contains("now public"));
        assertThat(browser.findElement(By.cssSelector("[data-comment='" + id + "'] .comment-meta"))
                        .getText())
                .isEqualTo(today + ", " + TestUser.ANALYST.username() + " (changed " + today + ")");
    }

    @Test
    void theIndicatorPageWithItsCommentaryIsReachedByKeyboardAndReflowsAt320Pixels() {
        KeyboardWalk.assertEveryControlReachedInOrder(browser, url(INDICATOR_PAGE), By.id("comment-new-save"));
        try {
            Reflow.emulate(browser, 320, 1);
            browser.get(url(INDICATOR_PAGE));
            Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-new-save")));
            Reflow.assertReflows(browser);
        } finally {
            Reflow.reset(browser);
        }
    }

    @Test
    void anAnalystSavesTheIndicatorsTheBoardFollowsAndTheReportThenShowsThoseOnly() throws Exception {
        // Bolton: the other tests' reports are Trafford's, which keep every indicator.
        browser.get(url("/board-report?la=350&period=2024"));
        Pages.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("board-list-save")));
        assertThat(rows()).hasSizeGreaterThan(10);
        List<String> kept = List.of("cla-rate-per-10k", "placement-3plus-moves-pct");
        for (WebElement box : browser.findElements(By.cssSelector("#board-list-form input[type=checkbox]"))) {
            if (box.isSelected() != kept.contains(box.getAttribute("value"))) {
                box.click();
            }
        }
        browser.findElement(By.id("board-list-save")).click();
        Pages.await(browser).until(d -> rows().size() == 2);
        assertThat(rows()).containsExactlyInAnyOrderElementsOf(kept);
        assertThat(browser.findElement(By.id("report-changes")).getText())
                .contains("First report: nothing to compare.");
        Accessibility.assertNoSeriousViolations(browser);
        Browser.screenshot(browser, "board-report-saved-list");
        browser.executeScript("document.getElementById('board-list-form').scrollIntoView()");
        Browser.screenshot(browser, "board-report-list-form");

        HttpResponse<String> viewer = HttpClient.newHttpClient()
                .send(
                        request("/api/v1/board-lists", TestUser.VIEWER)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("la=350&indicators=cla-rate-per-10k"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(HttpClient.newHttpClient()
                        .send(
                                request("/api/v1/board-lists?la=350", TestUser.VIEWER)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("cla-rate-per-10k")
                .contains("placement-3plus-moves-pct");
    }

    @Test
    void aViewerSeesPublicCommentsOnlyAndNoForm() throws Exception {
        String internal = "Internal only " + UUID.randomUUID();
        String open = "For everyone " + UUID.randomUUID();
        for (String[] comment : new String[][] {{internal, "internal"}, {open, "public"}}) {
            String body = "{\"la\": \"358\", \"indicator\": \"placement-3plus-moves-pct\", \"period\": 2024,"
                    + " \"text\": \"" + comment[0] + "\", \"audience\": \"" + comment[1] + "\"}";
            assertThat(HttpClient.newHttpClient()
                            .send(
                                    request("/api/v1/comments", TestUser.ANALYST)
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(body))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(201);
        }
        ChromeDriver viewer = Browser.start();
        try {
            Pages.signIn(viewer, url("/login"), TestUser.VIEWER.username(), TestUser.VIEWER.password());
            viewer.get(url(INDICATOR_PAGE));
            WebElement section =
                    Pages.await(viewer).until(ExpectedConditions.visibilityOfElementLocated(By.id("commentary")));
            assertThat(section.getText())
                    .contains(open)
                    .doesNotContain(internal)
                    .doesNotContain("Internal");
            assertThat(viewer.findElements(By.cssSelector("#commentary form"))).isEmpty();
            assertThat(viewer.findElements(By.linkText("Change this comment"))).isEmpty();
        } finally {
            viewer.quit();
        }
    }

    /** Read in one script: the table is redrawn while the saved page loads. */
    @SuppressWarnings("unchecked")
    private static List<String> rows() {
        return (List<String>) browser.executeScript("return [...document.querySelectorAll("
                + "'#report-table tr[data-indicator]')].map(row => row.dataset.indicator)");
    }
}
