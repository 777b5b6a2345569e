package org.accord.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The inbox: incoming and outgoing requests. */
final class InboxPage extends Pages {

    InboxPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("incoming-heading"));
    }

    /** The cells of the incoming row of this request: id, from, type, title, status, next deadline. */
    String incomingRow(String requestId) {
        return text(By.xpath("//table[@id='incoming']//tr[th[normalize-space()='" + requestId + "']]"));
    }

    String deadlineHeader() {
        return text(By.xpath("//table[@id='incoming']//thead//th[last()]"));
    }

    RequestPage open(String requestId) {
        driver.findElement(By.xpath("//table[@id='incoming']")).findElement(By.linkText(requestId)).click();
        return new RequestPage(driver);
    }
}
