package org.accord.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.accord.it.support.Agreements;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.EvidenceApi;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The evidence journey in Chromium (issue 4): CN's liaison uploads a file on a report page and sees the
 * progress bar, shares it with US under their agreement; US's liaison downloads it (the same bytes) and sees
 * both the share and the download in the custody table.
 */
class EvidenceJourneyIT {

    @TempDir
    Path dir;

    @Test
    void uploadWithProgressShareUnderAnAgreementDownloadAsThePartnerAndSeeTheCustody() throws Exception {
        String agreement = Agreements.inForce("CN", "US", "AMBER", 90, "logs");
        String report = Reports.create(DemoUsers.CN_REPORTER, Reports.uniqueTitle("EvidenceJourneyIT")).getString("id");
        Path file = EvidenceApi.randomFile(dir, 24L * 1024 * 1024, System.nanoTime());
        Path named = Files.move(file, dir.resolve("firewall-excerpt.log"));
        String expected = EvidenceApi.sha256sum(named);

        String evidenceUrl;
        try (Browser cn = new Browser()) {
            cn.open("/");
            new LoginPage(cn.driver()).submit("cn-liaison");
            cn.open("/report.xhtml?id=" + report);
            var driver = cn.driver();
            var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-file"))).sendKeys(named.toString());
            new Select(driver.findElement(By.id("upload-category"))).selectByValue("logs");
            new Select(driver.findElement(By.id("upload-tlp"))).selectByValue("AMBER");
            driver.findElement(By.id("upload-submit")).click();
            WebElement progress = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-progress")));
            assertTrue(progress.isDisplayed(), "the progress bar shows while the file goes up");
            WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("uploaded-link")));
            assertEquals("100 %", driver.findElement(By.id("upload-percent")).getText());
            assertEquals(progress.getDomProperty("max"), progress.getDomProperty("value"));
            assertTrue(driver.findElement(By.id("upload-status")).getText().contains(expected));
            evidenceUrl = link.getDomAttribute("href");
            link.click();

            EvidencePage page = new EvidencePage(driver);
            assertEquals(expected, page.sha256());
            page = page.shareWith("US");
            assertTrue(page.message().contains("Shared with US under " + agreement), page.message());
        }

        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        try (Browser us = new Browser(downloads)) {
            us.open("/");
            new LoginPage(us.driver()).submit("us-liaison");
            us.open(evidenceUrl);
            EvidencePage page = new EvidencePage(us.driver());
            page.download();
            Path saved = downloads.resolve("firewall-excerpt.log");
            new WebDriverWait(us.driver(), Duration.ofSeconds(60)).until(d -> Files.exists(saved));
            assertEquals(expected, EvidenceApi.sha256sum(saved));

            us.driver().navigate().refresh();
            List<String> custody = new EvidencePage(us.driver()).custody();
            assertTrue(custody.contains("shared by cn-liaison (CN)"), custody.toString());
            assertTrue(custody.contains("downloaded by us-liaison (US)"), custody.toString());
        }
    }
}
