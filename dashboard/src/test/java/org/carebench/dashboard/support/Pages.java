package org.carebench.dashboard.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real clicks on the page's choices, as a reader makes them. */
public final class Pages {

    private Pages() {}

    /** Waits up to 30 s; an element the server replaced while it was read is simply read again. */
    public static WebDriverWait await(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Signs in on the sign-in page as a person would, and waits to be sent on (or back, on failure). */
    public static void signIn(WebDriver driver, String loginUrl, String username, String password) {
        driver.get(loginUrl);
        await(driver).until(d -> !d.findElements(By.id("sign-in")).isEmpty());
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        await(driver).until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    /** Picks the option with this text in the drop-down list with this id, then presses Show. */
    public static void choose(WebDriver driver, String selectId, String optionText) {
        WebElement list = driver.findElement(By.id(selectId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", list);
        new Select(list).selectByVisibleText(optionText);
        driver.findElement(By.cssSelector("form.selection .show-button")).click();
    }
}
