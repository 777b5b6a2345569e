package org.accord.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Keycloak's login form, where every visit without a session ends up. */
final class LoginPage extends Pages {

    LoginPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("kc-login"));
    }

    boolean isShown() {
        return driver.findElement(By.id("username")).isDisplayed() && driver.findElement(By.id("password")).isDisplayed();
    }

    /** Logs in a user who reads reports: the dashboard lists them. */
    DashboardPage logInAs(String user) {
        submit(user);
        return new DashboardPage(driver);
    }

    /** Logs in any user, also one whose dashboard lists no reports (an admin, a user without a role). */
    void submit(String user) {
        waitFor(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Browser.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        waitFor(By.cssSelector(".signed-in .user-name"));
    }
}
