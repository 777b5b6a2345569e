package org.accord.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/** The dashboard: the reports of the user's country. */
final class DashboardPage extends Pages {

    DashboardPage(WebDriver driver) {
        super(driver);
        waitFor(By.xpath("//h1[starts-with(normalize-space(), 'Incident reports')]"));
    }

    /** The country the header says the user belongs to. */
    String signedInCountry() {
        return text(By.className("user-country")).replace("Country:", "").strip();
    }

    /** The titles in the report table (none when the table is absent). */
    List<String> titles() {
        return texts(By.cssSelector("table.reports tbody tr td:nth-child(2)"));
    }

    ReportFormPage newReport() {
        driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("New report")).click();
        return new ReportFormPage(driver);
    }

    /** Tabs from the top of the page to the New report link and follows it with Enter. */
    ReportFormPage newReportByKeyboard() {
        tabTo(By.linkText("New report")).sendKeys(Keys.ENTER);
        return new ReportFormPage(driver);
    }

    InboxPage requests() {
        driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("Requests")).click();
        return new InboxPage(driver);
    }

    AgreementsPage agreements() {
        driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("Agreements")).click();
        return new AgreementsPage(driver);
    }

    ExchangeLogPage exchangeLog() {
        driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("Exchange log")).click();
        return new ExchangeLogPage(driver);
    }
}
