package org.accord.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.Indicators;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The indicator journey in Chromium (issue 6): CN's reporter pastes indicators on a report page, sees the
 * counts and where they route, and in one action asks US and DE for help: US's request is sent with its
 * indicators, DE's is refused with the reason. A STIX bundle imported from a file shows what was kept as context.
 */
class IndicatorJourneyIT {

    @Test
    void pasteIndicatorsSeeTheResponsibleCountriesAndAskEachInOneAction() {
        Indicators.investigationSupportInForce();
        String report = Reports.create(DemoUsers.CN_REPORTER, Reports.uniqueTitle("IndicatorJourneyIT")).getString("id");
        try (Browser cn = new Browser()) {
            cn.open("/");
            new LoginPage(cn.driver()).submit("cn-reporter");
            cn.open("/report.xhtml?id=" + report);
            var driver = cn.driver();
            var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-text"))).sendKeys(
                    "ipv4,4.1.2.3,c2-server\nipv4,4.1.2.4,infected-system\ndomain,evil.example.de,c2-server\n"
                            + "ipv4,1.80.0.1\nipv4,1.80.0.1\n");
            driver.findElement(By.id("import-submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "Imported: 4 new, 1 merged"));
            wait.until(ExpectedConditions.stalenessOf(driver.findElement(By.id("import-status"))));
            wait.until(ExpectedConditions.textToBe(By.id("indicator-total"), "4"));
            assertTrue(driver.findElement(By.id("stix-export")).getDomAttribute("href")
                    .endsWith("/indicator-export?report=" + report));
            List<String> rows = driver.findElements(By.cssSelector("#responsible-countries tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("CN 1 other 1", "DE 1 c2-server 1", "US 2 c2-server 1, infected-system 1"), rows);

            for (WebElement box : driver.findElements(By.cssSelector("#per-country input[type=checkbox]"))) {
                if (!box.getDomAttribute("value").equals("CN")) {
                    box.click();
                }
            }
            new Select(driver.findElement(By.id("per-country:type"))).selectByValue("investigation-support");
            driver.findElement(By.id("per-country:body")).sendKeys("Please help take these down");
            driver.findElement(By.id("per-country:send")).click();
            WebElement outcomes = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send-outcomes")));
            List<String> lines = outcomes.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                    .toList();
            assertEquals(2, lines.size(), lines::toString);
            assertTrue(lines.get(0).startsWith("DE refused"), lines::toString);
            assertTrue(lines.get(0).contains("agreed rules"), lines::toString);
            assertTrue(lines.get(1).matches("US sent RQ-\\d{4}-\\d{4,} with 2 indicators"), lines::toString);

            driver.findElement(By.id("iq")).sendKeys("4.1.2.");
            driver.findElement(By.cssSelector("#indicator-filters button")).click();
            wait.until(ExpectedConditions.textToBe(By.id("indicator-total"), "2"));
            assertEquals(List.of("4.1.2.3", "4.1.2.4"), driver.findElements(By.cssSelector(
                    "#indicator-list tbody td:nth-child(3)")).stream().map(WebElement::getText).toList());
        }
    }

    @Test
    void importAStixBundleAndSeeWhatIsKeptAsContext() throws Exception {
        String report = Reports.create(DemoUsers.CN_REPORTER, Reports.uniqueTitle("IndicatorJourneyIT STIX")).getString("id");
        Path file = Files.createTempDirectory("stix").resolve("feed.json");
        Files.writeString(file, """
                {"type": "bundle", "id": "bundle--6b5f1d5e-3f3a-4b8e-9d55-1f2a3b4c5d6e", "objects": [
                 {"type": "indicator", "spec_version": "2.1", "id": "indicator--11111111-2222-4333-8444-555555555555",
                  "created": "2026-11-01T00:00:00Z", "modified": "2026-11-01T00:00:00Z", "pattern_type": "stix",
                  "valid_from": "2026-11-01T00:00:00Z", "indicator_types": ["compromised"],
                  "pattern": "[ipv4-addr:value = '4.1.2.3' OR ipv4-addr:value = '4.1.2.4']"},
                 {"type": "indicator", "spec_version": "2.1", "id": "indicator--11111111-2222-4333-8444-666666666666",
                  "created": "2026-11-01T00:00:00Z", "modified": "2026-11-01T00:00:00Z", "pattern_type": "stix",
                  "valid_from": "2026-11-01T00:00:00Z", "pattern": "[file:name = 'evil.exe']"},
                 {"type": "malware", "spec_version": "2.1", "id": "malware--11111111-2222-4333-8444-777777777777",
                  "created": "2026-11-01T00:00:00Z", "modified": "2026-11-01T00:00:00Z", "name": "Evilbot",
                  "is_family": true}]}
                """);
        try (Browser cn = new Browser()) {
            cn.open("/");
            new LoginPage(cn.driver()).submit("cn-reporter");
            cn.open("/report.xhtml?id=" + report);
            var driver = cn.driver();
            var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-file"))).sendKeys(file.toString());
            driver.findElement(By.id("import-submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"),
                    "Imported: 2 new, 0 merged, 0 skipped; kept as STIX context: indicator 1, malware 1."));
            assertEquals("Object 1: indicator--11111111-2222-4333-8444-666666666666 — kept as context: pattern not"
                    + " reducible: Accord holds no indicator for file:name",
                    driver.findElement(By.cssSelector("#import-errors li")).getText());

            cn.open("/report.xhtml?id=" + report);
            wait.until(ExpectedConditions.textToBe(By.id("indicator-total"), "2"));
            assertEquals("2", driver.findElement(By.id("stix-context-total")).getText());
            assertEquals(List.of("indicator 1", "malware 1"), driver.findElements(
                    By.cssSelector("#stix-context-by-type tbody tr")).stream().map(WebElement::getText).toList());
            assertEquals("indicator--11111111-2222-4333-8444-666666666666: pattern not reducible: Accord holds no"
                    + " indicator for file:name", driver.findElement(By.cssSelector("#stix-context-notes li")).getText());
        }
    }
}
