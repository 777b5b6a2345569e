package org.accord.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page helper needs: wait for something the user would see, read texts. */
abstract class Pages {

    final WebDriver driver;

    Pages(WebDriver driver) {
        this.driver = driver;
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    String text(By locator) {
        return waitFor(locator).getText();
    }

    List<String> texts(By locator) {
        return driver.findElements(locator).stream().map(WebElement::getText).toList();
    }

    /** The whole visible text of the page. */
    String pageText() {
        return waitFor(By.tagName("body")).getText();
    }

    void clickLink(String text) {
        waitFor(By.linkText(text)).click();
    }
}
