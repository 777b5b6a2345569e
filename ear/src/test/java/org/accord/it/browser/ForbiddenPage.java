package org.accord.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page for something the user's role does not allow. */
final class ForbiddenPage extends Pages {

    ForbiddenPage(WebDriver driver) {
        super(driver);
        waitFor(By.xpath("//h1[normalize-space()='Not allowed']"));
    }
}
