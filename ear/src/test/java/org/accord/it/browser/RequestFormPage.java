package org.accord.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The new-request form; fields found by their ids, the service's field names. */
final class RequestFormPage extends Pages {

    RequestFormPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("request:send"));
    }

    RequestFormPage type(String field, String text) {
        WebElement input = waitFor(By.id("request:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    RequestFormPage choose(String field, String visibleText) {
        new Select(waitFor(By.id("request:" + field))).selectByVisibleText(visibleText);
        return this;
    }

    /** Whether the report's checkbox is ticked (the form opened from the report is about it already). */
    boolean reportTicked(String reportId) {
        return driver.findElement(By.xpath("//table[@id='request:reports']//input[@value='" + reportId + "']"))
                .isSelected();
    }

    RequestPage send() {
        submitWith(By.id("request:send"));
        return new RequestPage(driver);
    }
}
