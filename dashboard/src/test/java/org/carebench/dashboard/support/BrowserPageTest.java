package org.carebench.dashboard.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A page of the running dashboard in headless Chromium, one browser per test class, signed in once
 * as an analyst (who sees everything but the admin pages).
 */
public abstract class BrowserPageTest extends PipelineWarehouseApplicationTest {

    protected static ChromeDriver browser;
    private static boolean signedIn;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
        signedIn = false;
    }

    @BeforeEach
    void signIn() {
        if (!signedIn) {
            Pages.signIn(browser, url("/login"), TestUser.ANALYST.username(), TestUser.ANALYST.password());
            signedIn = true;
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
