package org.accord.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** One agreement as its page shows it. */
final class AgreementPage extends Pages {

    AgreementPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("terms-heading"));
    }

    /** The agreement's id, e.g. {@code AG-2026-0001}, as the heading shows it. */
    String agreementId() {
        return text(By.cssSelector("h1 .ref"));
    }

    String title() {
        return heading().substring(agreementId().length()).strip();
    }

    String status() {
        return text(By.id("agreement-status"));
    }

    String messages() {
        return text(By.className("page-messages"));
    }

    /** Who ratified for the country, as the parties table shows it. */
    String ratifiedBy(String country) {
        return text(By.xpath("//table[contains(@class,'parties')]//tr[th[normalize-space()='" + country + "']]/td[1]"));
    }

    /** The labels of the buttons and links the user may use on this agreement. */
    List<String> actions() {
        return driver.findElements(By.cssSelector("#actions .button")).stream().map(this::label).toList();
    }

    AgreementPage ratify() {
        submitWith(By.id("actions:ratify"));
        return new AgreementPage(driver);
    }

    AgreementPage reason(String text) {
        waitFor(By.id("actions:reason")).sendKeys(text);
        return this;
    }

    /** Clicks a step button (Suspend, Terminate, ...) by its label; the page comes back with the outcome. */
    AgreementPage step(String label) {
        submitWith(By.xpath("//form[@id='actions']//input[@value='" + label + "']"));
        return new AgreementPage(driver);
    }

    /** The notice about the last suspension, termination or rejection, empty when there is none. */
    String stateNotice() {
        return driver.findElements(By.cssSelector(".status-bar .notice")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** Rejects without a reason, which the portal refuses: the same page comes back with a message at the reason. */
    AgreementPage rejectRefused() {
        submitWith(By.id("actions:reject"));
        return new AgreementPage(driver);
    }

    /** The message shown next to the reason field, empty when there is none. */
    String reasonMessage() {
        return driver.findElements(By.id("actions:reason-msg")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    AgreementFormPage proposeNewVersion() {
        clickLink("Propose a new version");
        return new AgreementFormPage(driver);
    }

    AgreementsPage agreements() {
        driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("Agreements")).click();
        return new AgreementsPage(driver);
    }

    private String label(WebElement e) {
        return "input".equals(e.getTagName()) ? e.getDomAttribute("value") : e.getText();
    }
}
