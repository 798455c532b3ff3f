package org.carebench.dashboard.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real clicks on Vaadin's controls, as a reader makes them. */
public final class Pages {

    private Pages() {
    }

    public static WebDriverWait await(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens the {@code <vaadin-select>} with this id and clicks the item with this text. */
    public static void choose(WebDriver driver, String selectId, String itemText) {
        WebElement select = driver.findElement(By.id(selectId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
        select.click();
        WebElement item = await(driver).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + itemText + "']")));
        item.click();
    }

    /** Types into the {@code <vaadin-combo-box>} with this id and clicks the item named exactly so. */
    public static void typeAndPick(WebDriver driver, String comboId, String text) {
        WebElement input = driver.findElement(By.cssSelector("vaadin-combo-box#" + comboId + " input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        await(driver).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + text + "']"))).click();
    }
}
