package org.carebench.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebench.dashboard.support.Pages.await;

import java.util.List;
import org.carebench.dashboard.support.Accessibility;
import org.carebench.dashboard.support.Browser;
import org.carebench.dashboard.support.DirectoryApplicationTest;
import org.carebench.dashboard.support.Pages;
import org.carebench.dashboard.support.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Each role in a real browser sees what it may, and nothing more. */
class RoleAccessBrowserIT extends DirectoryApplicationTest {

    private static final String SCORECARD = "/?la=358&period=2024&sn=2025";
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.quit();
    }

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void signInPageOffersTheDirectoryAndSaysWhyASignInFailed() throws Exception {
        browser.get(url(SCORECARD));
        await(browser).until(ExpectedConditions.urlContains("/login"));
        WebElement provider = await(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.sign-in-provider")));
        assertThat(provider.getText()).isEqualTo("Sign in with Council directory");
        assertThat(provider.getAttribute("href")).endsWith("/oauth2/authorization/council");
        Accessibility.assertNoSeriousViolations(browser);
        browser.findElement(By.id("username")).sendKeys(TestUser.VIEWER.username());
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("sign-in")).click();
        await(browser)
                .until(ExpectedConditions.textToBe(
                        By.id("sign-in-problem"), "Wrong user name or password, or the account is disabled."));
    }

    @Test
    void viewerSeesNationalFiguresOnlyAndNoAdminPages() {
        signIn(TestUser.VIEWER);
        showScorecard();
        assertThat(headers()).doesNotContain("Local, unpublished");
        assertThat(browser.findElements(By.cssSelector("#scorecard td.local"))).isEmpty();
        assertThat(browser.findElement(By.id("as-of")).getText()).doesNotContain("extract");
        assertThat(menu())
                .containsExactly(
                        "Scorecard",
                        "Profile",
                        "Indicator",
                        "Neighbours",
                        "Training pack",
                        "Board report",
                        "Training",
                        "Releases");
        browser.get(url("/users"));
        await(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Could not navigate"));
        assertThat(browser.findElements(By.id("users"))).isEmpty();
    }

    @Test
    void analystSeesTheLocalFigureButNoAdminPages() {
        signIn(TestUser.ANALYST);
        showScorecard();
        assertThat(headers()).contains("Local, unpublished");
        assertThat(browser.findElement(By.cssSelector("#scorecard tr[data-indicator='repeat-referrals'] td.local"))
                        .getText())
                .isEqualTo("1");
        assertThat(browser.findElement(By.id("as-of")).getText())
                .contains("Trafford extract 2024-06-30")
                .endsWith("Snapshot council.duckdb.");
        assertThat(menu()).doesNotContain("Users", "Audit");
    }

    @Test
    void directoryAnalystSignsInOnTheSamePage() {
        Pages.signIn(browser, url("/login"), "ann", "ann-directory-password");
        showScorecard();
        assertThat(headers()).contains("Local, unpublished");
    }

    @Test
    void adminAddsAUserChangesTheRoleDisablesThemAndSeesItAllInTheAuditLog() throws Exception {
        signIn(TestUser.ADMIN);
        assertThat(menu()).contains("Users", "Audit");
        browser.findElement(By.linkText("Users")).click();
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("add-user")));
        Accessibility.assertNoSeriousViolations(browser);
        browser.findElement(By.id("new-username")).sendKeys("r.patel");
        browser.findElement(By.id("new-name")).sendKeys("Ravi Patel");
        browser.findElement(By.id("new-password")).sendKeys("ravi-patel-password");
        new Select(browser.findElement(By.id("new-role"))).selectByVisibleText("analyst");
        browser.findElement(By.id("add-user")).click();
        await(browser).until(ExpectedConditions.textToBe(By.id("users-status"), "Added r.patel as analyst."));

        By row = By.cssSelector("#users tr[data-username='r.patel']");
        new Select(browser.findElement(row).findElement(By.cssSelector("select.role"))).selectByVisibleText("viewer");
        await(browser).until(ExpectedConditions.textToBe(By.id("users-status"), "r.patel is now viewer."));
        browser.findElement(row).findElement(By.cssSelector("button.toggle")).click();
        await(browser).until(ExpectedConditions.textToBe(By.id("users-status"), "r.patel is disabled."));
        assertThat(users.find("r.patel")).hasValueSatisfying(user -> {
            assertThat(user.role()).isEqualTo(Role.VIEWER);
            assertThat(user.enabled()).isFalse();
        });

        browser.findElement(By.linkText("Audit")).click();
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("audit")));
        String audit = browser.findElement(By.id("audit")).getText();
        assertThat(audit)
                .contains(
                        "user-added r.patel (Ravi Patel) as analyst",
                        "role-changed r.patel: analyst -> viewer",
                        "user-disabled r.patel",
                        "sign-in password from");

        browser.findElement(By.id("sign-out")).click();
        await(browser).until(ExpectedConditions.urlContains("/login"));
        Pages.signIn(browser, url("/login"), "r.patel", "ravi-patel-password");
        assertThat(browser.getCurrentUrl()).contains("/login?error");
    }

    private void signIn(TestUser user) {
        Pages.signIn(browser, url("/login"), user.username(), user.password());
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.main-nav a")));
    }

    private void showScorecard() {
        browser.get(url(SCORECARD));
        await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("scorecard")));
    }

    private static List<String> headers() {
        return browser.findElements(By.cssSelector("#scorecard thead th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<String> menu() {
        return browser.findElements(By.cssSelector("nav.main-nav a")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
