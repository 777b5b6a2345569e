package org.accord.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The list of the agreements the user's country is a party to. */
final class AgreementsPage extends Pages {

    AgreementsPage(WebDriver driver) {
        super(driver);
        waitFor(By.xpath("//h1[normalize-space()='Agreements']"));
    }

    /** The titles in the agreement table (none when the table is absent). */
    List<String> titles() {
        return texts(By.cssSelector("table.agreements tbody tr td:nth-child(2)"));
    }

    /** The status the table shows for the agreement with this title. */
    String statusOf(String title) {
        return text(By.xpath("//table[contains(@class,'agreements')]//tr[td[2][normalize-space()='" + title
                + "']]/td[4]"));
    }

    AgreementPage open(String title) {
        driver.findElement(By.xpath("//table[contains(@class,'agreements')]//tr[td[2][normalize-space()='" + title
                + "']]/td[1]/a")).click();
        return new AgreementPage(driver);
    }

    AgreementFormPage propose() {
        clickLink("Propose an agreement");
        return new AgreementFormPage(driver);
    }
}
