package org.accord.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page for something that does not exist, or that the user's country may not know exists. */
final class NotFoundPage extends Pages {

    NotFoundPage(WebDriver driver) {
        super(driver);
        waitFor(By.xpath("//h1[normalize-space()='Page not found']"));
    }
}
