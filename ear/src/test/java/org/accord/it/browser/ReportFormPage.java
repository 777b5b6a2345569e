package org.accord.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The report form. Fields are found by their visible labels' targets, as a user finds them. */
final class ReportFormPage extends Pages {

    ReportFormPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("report:save"));
    }

    ReportFormPage type(String field, String text) {
        WebElement input = field(field);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    ReportFormPage choose(String field, String visibleText) {
        new Select(field(field)).selectByVisibleText(visibleText);
        return this;
    }

    /** Chooses the RSIT class and waits until the type list shows that class's types. */
    ReportFormPage chooseClass(String rsitClass, String rsitType) {
        choose("rsitClass", rsitClass);
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='report:rsitType']/option[normalize-space()='" + rsitType + "']")));
        return choose("rsitType", rsitType);
    }

    /**
     * Sets a {@code datetime-local} field. Chromium's date widget takes keystrokes in the order of the
     * browser locale's date format, so the value is set the way the widget itself would set it.
     */
    ReportFormPage dateTime(String field, String isoLocal) {
        WebElement input = field(field);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input, isoLocal);
        return this;
    }

    ReportFormPage tick(String label) {
        driver.findElement(By.xpath("//fieldset[contains(@class,'sectors')]//label[normalize-space()='" + label + "']"))
                .click();
        return this;
    }

    /** Saves a form that the portal is expected to refuse: the same form comes back. */
    ReportFormPage saveRefused() {
        driver.findElement(By.id("report:save")).click();
        return new ReportFormPage(driver);
    }

    ReportPage save() {
        driver.findElement(By.id("report:save")).click();
        return new ReportPage(driver);
    }

    /** The message shown next to a field, empty when there is none. */
    String messageAt(String field) {
        return driver.findElements(By.id("report:" + field + "-msg")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    String errorSummary() {
        return text(By.className("error-summary"));
    }

    private WebElement field(String id) {
        return waitFor(By.id("report:" + id));
    }
}
