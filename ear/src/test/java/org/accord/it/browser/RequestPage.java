package org.accord.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** One cooperation request as its page shows it. */
final class RequestPage extends Pages {

    RequestPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("history-heading"));
    }

    String requestId() {
        return text(By.cssSelector("h1 .ref"));
    }

    String status() {
        return text(By.id("request-status"));
    }

    String messages() {
        return text(By.className("page-messages"));
    }

    String answerDeadline() {
        return text(By.id("answer-due"));
    }

    /** The labels of the step buttons the user may use now. */
    List<String> actions() {
        return driver.findElements(By.cssSelector("#actions input.button")).stream()
                .map(e -> e.getDomAttribute("value")).toList();
    }

    RequestPage step(String label) {
        submitWith(By.xpath("//form[@id='actions']//input[@value='" + label + "']"));
        return new RequestPage(driver);
    }

    RequestPage text(String text) {
        WebElement field = waitFor(By.id("actions:text"));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    String textMessage() {
        return driver.findElements(By.id("actions:text-msg")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Posts a message to the thread; the page comes back with it. */
    RequestPage post(String text) {
        WebElement field = waitFor(By.id("thread:message"));
        field.clear();
        field.sendKeys(text);
        submitWith(By.id("thread:post"));
        return new RequestPage(driver);
    }

    /** The thread as shown: one line per message. */
    List<String> thread() {
        return texts(By.cssSelector("#thread-messages li"));
    }

    InboxPage requests() {
        driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("Requests")).click();
        return new InboxPage(driver);
    }

    List<String> history() {
        return texts(By.cssSelector("#history tbody tr"));
    }
}
