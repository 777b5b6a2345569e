package org.accord.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its chromedriver, named explicitly so that Selenium Manager never
 * runs (it would try to download a browser, and CI has no internet). A fresh profile per browser
 * means no cookie survives from one test to the next.
 */
final class Browser implements AutoCloseable {

    static final String BASE_URL = System.getProperty("accord.base-url", "http://localhost:8080").replaceAll("/+$", "");
    static final String PASSWORD = "accord-demo";

    private final Path profile;
    private final WebDriver driver;

    Browser() {
        this(null);
    }

    /** A browser that saves downloads into {@code downloads} without asking (null: the default). */
    Browser(Path downloads) {
        try {
            profile = Files.createTempDirectory("accord-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--lang=en-US", "--window-size=1280,1024");
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page of the portal, e.g. {@code /report.xhtml?id=CN-2026-000001}. */
    void open(String path) {
        driver.get(BASE_URL + path);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
