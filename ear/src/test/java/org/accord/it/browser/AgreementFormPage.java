package org.accord.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The proposal form. Fields are found by their ids, which are the service's field names. */
final class AgreementFormPage extends Pages {

    AgreementFormPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("agreement:save"));
    }

    AgreementFormPage type(String field, String text) {
        WebElement input = field(field);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    AgreementFormPage choose(String field, String visibleText) {
        new Select(field(field)).selectByVisibleText(visibleText);
        return this;
    }

    /** Ticks the checkbox with this label in the field's group of checkboxes. */
    AgreementFormPage tick(String field, String label) {
        driver.findElement(By.xpath("//table[@id='agreement:" + field + "']//label[normalize-space()='" + label + "']"))
                .click();
        return this;
    }

    AgreementFormPage proposeRefused() {
        submitWith(By.id("agreement:save"));
        return new AgreementFormPage(driver);
    }

    AgreementPage propose() {
        submitWith(By.id("agreement:save"));
        return new AgreementPage(driver);
    }

    /** The field's value as the browser would send it. */
    String valueOf(String field) {
        return field(field).getDomProperty("value");
    }

    /** The message shown next to a field, empty when there is none. */
    String messageAt(String field) {
        return driver.findElements(By.id("agreement:" + field + "-msg")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    AgreementsPage agreements() {
        driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("Agreements")).click();
        return new AgreementsPage(driver);
    }

    String errorSummary() {
        return text(By.className("error-summary"));
    }

    private WebElement field(String id) {
        return waitFor(By.id("agreement:" + id));
    }
}
