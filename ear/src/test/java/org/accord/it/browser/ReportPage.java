package org.accord.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One report as its page shows it. */
final class ReportPage extends Pages {

    ReportPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("history-heading"));
    }

    /** The report's id, e.g. {@code CN-2026-000123}, as the heading shows it. */
    String reportId() {
        return text(By.cssSelector("h1 .ref"));
    }

    String title() {
        return heading().substring(reportId().length()).strip();
    }

    String messages() {
        return text(By.className("page-messages"));
    }

    DashboardPage dashboard() {
        driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("Dashboard")).click();
        return new DashboardPage(driver);
    }
}
