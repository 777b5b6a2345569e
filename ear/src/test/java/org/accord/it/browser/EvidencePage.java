package org.accord.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The evidence page: hash, download, share, custody table (evidence.xhtml). */
final class EvidencePage extends Pages {

    EvidencePage(WebDriver driver) {
        super(driver);
        waitFor(By.id("custody"));
    }

    String sha256() {
        return text(By.id("sha256"));
    }

    EvidencePage shareWith(String country) {
        new Select(waitFor(By.id("share:partner"))).selectByValue(country);
        submitWith(By.id("share:share-button"));
        return new EvidencePage(driver);
    }

    String message() {
        return text(By.cssSelector(".page-messages"));
    }

    void download() {
        waitFor(By.id("download")).click();
    }

    /** The custody table's rows as "event by actor (country)". */
    List<String> custody() {
        return driver.findElements(By.cssSelector("#custody tbody tr")).stream().map(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            return cells.get(1).getText() + " by " + cells.get(2).getText();
        }).toList();
    }
}
