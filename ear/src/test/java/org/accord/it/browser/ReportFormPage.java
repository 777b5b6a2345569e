package org.accord.it.browser;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
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
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='report:rsitType']/option[normalize-space()='" + rsitType + "']")));
        return choose("rsitType", rsitType);
    }

    /**
     * Types a UTC time into a {@code datetime-local} field, key by key as a keyboard user would.
     * Chromium's widget takes the parts in the order of the browser's locale, which {@link Browser}
     * sets to en-US: month, day, year, hour, minute, AM/PM.
     */
    ReportFormPage dateTime(String field, LocalDateTime time) {
        field(field).sendKeys(time.format(DateTimeFormatter.ofPattern("MMddyyyyhhmm")) + (time.getHour() < 12 ? "A" : "P"));
        return this;
    }

    /** The field's value as the browser would send it, e.g. {@code 2026-03-01T14:05}. */
    String valueOf(String field) {
        return field(field).getDomProperty("value");
    }

    ReportFormPage tick(String label) {
        driver.findElement(By.xpath("//fieldset[contains(@class,'sectors')]//label[normalize-space()='" + label + "']"))
                .click();
        return this;
    }

    /** Saves a form that the portal is expected to refuse: the same form comes back. */
    ReportFormPage saveRefused() {
        submitWith(By.id("report:save"));
        return new ReportFormPage(driver);
    }

    ReportPage save() {
        submitWith(By.id("report:save"));
        return new ReportPage(driver);
    }

    /** The message shown next to a field, empty when there is none. */
    String messageAt(String field) {
        return driver.findElements(By.id("report:" + field + "-msg")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** The ids of the form's controls: every field, every checkbox, the Save button. */
    List<String> controls() {
        return driver.findElements(By.cssSelector("#report input:not([type=hidden]), #report select, #report textarea"))
                .stream().map(e -> e.getDomAttribute("id")).toList();
    }

    /** Tabs to the field; true if the field then shows the focus outline. */
    boolean focusIsVisible(String field) {
        WebElement focused = tabTo(By.id("report:" + field));
        return !"none".equals(focused.getCssValue("outline-style"));
    }

    /**
     * Whether the error summary takes the focus once the refused form is shown again (the page is
     * replaced after the save, so the check waits for the new one instead of reading the old).
     */
    boolean summaryHasFocus() {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        String classes = d.switchTo().activeElement().getDomAttribute("class");
                        return classes != null && classes.contains("error-summary");
                    });
        } catch (TimeoutException e) {
            return false;
        }
    }

    String errorSummary() {
        return text(By.className("error-summary"));
    }

    private WebElement field(String id) {
        return waitFor(By.id("report:" + id));
    }
}
