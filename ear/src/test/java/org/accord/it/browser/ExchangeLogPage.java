package org.accord.it.browser;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The exchange log page: the log head, "Verify now" for auditors, the filters and the entries. */
final class ExchangeLogPage extends Pages {

    /** One entry as its table row shows it; {@code reportLink} is the object's link target, if it has one. */
    record Entry(String position, String actor, String action, boolean refusedBadge, String countries, String object,
            Optional<String> reportLink, String outcome, String leafHash) {
    }

    ExchangeLogPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("entries-heading"));
    }

    ExchangeLogPage filterByPartner(String countryCode) {
        new Select(waitFor(By.id("partner"))).selectByValue(countryCode);
        return show();
    }

    ExchangeLogPage filterByObject(String objectId) {
        waitFor(By.id("objectId")).clear();
        driver.findElement(By.id("objectId")).sendKeys(objectId);
        return show();
    }

    ExchangeLogPage clearFilters() {
        clickLink("Clear filters");
        return new ExchangeLogPage(driver);
    }

    /** The partner country chosen in the filter, as its option reads. */
    String partnerShown() {
        return new Select(waitFor(By.id("partner"))).getFirstSelectedOption().getText();
    }

    /** The choices of the partner filter, e.g. {@code US · United States}. */
    List<String> partnerChoices() {
        return new Select(waitFor(By.id("partner"))).getOptions().stream().map(WebElement::getText).toList();
    }

    /** Goes to the page of the newest entries (the log lists the oldest first); stays when there is one page. */
    ExchangeLogPage newest() {
        for (String link : List.of("Newest entries", "Next page")) {
            if (!driver.findElements(By.linkText(link)).isEmpty()) {
                clickLink(link);
                return new ExchangeLogPage(driver);
            }
        }
        return this;
    }

    /** The table's caption, e.g. "3 entries match the filters, oldest first, ..."; empty when no table. */
    String caption() {
        return texts(By.cssSelector("table.log-entries caption")).stream().findFirst().orElse("");
    }

    String notice() {
        return text(By.cssSelector("section[aria-labelledby='entries-heading'] .notice"));
    }

    List<Entry> entries() {
        return driver.findElements(By.cssSelector("table.log-entries tbody tr")).stream().map(ExchangeLogPage::entry)
                .toList();
    }

    /** The entries about one object, e.g. a report id. */
    List<Entry> entriesAbout(String objectId) {
        return entries().stream().filter(e -> e.object().endsWith(objectId)).toList();
    }

    boolean offersVerifyNow() {
        return !driver.findElements(By.id("verify:now")).isEmpty();
    }

    ExchangeLogPage verifyNow() {
        waitFor(By.id("verify:now")).click();
        ExchangeLogPage after = new ExchangeLogPage(driver);
        after.waitFor(By.className("verification"));
        return after;
    }

    /** What "Verify now" found, as shown. */
    String verification() {
        return text(By.className("verification"));
    }

    /** The ARIA role of the verification result: status when intact, alert when not. */
    String verificationRole() {
        return waitFor(By.className("verification")).getDomAttribute("role");
    }

    /** The size of the latest signed tree head, as the log head panel shows it. */
    String headSize() {
        return text(By.xpath("//section[@aria-labelledby='head-heading']//dt[.='Size']/following-sibling::dd[1]"));
    }

    /** Opens the public key's details block and reads the key. */
    String publicKey() {
        waitFor(By.cssSelector("details.public-key summary")).click();
        return text(By.cssSelector("details.public-key pre"));
    }

    private static Entry entry(WebElement row) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        Optional<String> link = cells.get(5).findElements(By.tagName("a")).stream().findFirst()
                .map(a -> a.getDomAttribute("href"));
        return new Entry(cells.get(0).getText(), cells.get(2).getText(), cells.get(3).findElement(By.tagName("code")).getText(),
                !cells.get(3).findElements(By.className("badge-refused")).isEmpty()
                        && cells.get(3).findElement(By.className("badge-refused")).getText().equals("Refused"),
                cells.get(4).getText(), cells.get(5).getText(), link, cells.get(6).getText(),
                cells.get(7).findElement(By.tagName("code")).getDomAttribute("title"));
    }

    private ExchangeLogPage show() {
        driver.findElement(By.id("show")).click();
        return new ExchangeLogPage(driver);
    }
}
