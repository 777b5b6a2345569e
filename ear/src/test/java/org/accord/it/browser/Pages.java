package org.accord.it.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page helper needs: wait for something the user would see, read texts. */
abstract class Pages {

    final WebDriver driver;

    Pages(WebDriver driver) {
        this.driver = driver;
    }

    /**
     * Waits until the element is visible. While the browser replaces a page, ChromeDriver may answer
     * with a stale node or "node does not belong to the document": such answers are retried.
     */
    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks a control that submits the page, and waits until the browser has left the old page. */
    void submitWith(By control) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(control).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isGone(oldPage));
    }

    /**
     * Whether the element's page was replaced. While it is being replaced ChromeDriver may also answer
     * "node does not belong to the document" instead of a stale reference: that too means it is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
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

    /** Presses Tab from the top of the page until the element has the focus. */
    WebElement tabTo(By locator) {
        WebElement target = waitFor(locator);
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        for (int i = 0; i < 100 && !target.equals(driver.switchTo().activeElement()); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        return driver.switchTo().activeElement();
    }

    /** Presses Tab from the top of the page to its end; the ids of the elements that had the focus. */
    List<String> tabThroughPage() {
        List<String> reached = new ArrayList<>();
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        for (int i = 0; i < 200; i++) {
            WebElement focused = driver.switchTo().activeElement();
            if (focused.getTagName().equals("body")) {
                break;
            }
            reached.add(focused.getDomAttribute("id"));
            focused.sendKeys(Keys.TAB);
        }
        return reached;
    }

    void clickLink(String text) {
        waitFor(By.linkText(text)).click();
    }

    /** The links of the main navigation, as the user reads them. */
    List<String> navigation() {
        return texts(By.cssSelector("nav.site-nav a"));
    }

    /** Every page has the header's Log out button. */
    LoginPage logOut() {
        waitFor(By.cssSelector("button.logout")).click();
        return new LoginPage(driver);
    }
}
