package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A person's path through the site in a real browser: Debian's headless Chromium driven by
 * Selenium. Screenshots are kept in target/browser-test/. Without Chromium the test is skipped,
 * except on CI (CI=true), where .ci/run installs it and its absence is a failure.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "browser-test");

    @TempDir
    static Path dir;

    private static SiteFixture site;
    private static ChromeDriver browser;
    /** Held so the setting sticks: Selenium warns that it has no DevTools bindings for this Chromium, which we do not use. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.assumeTrue(false, message + "; browser test skipped");
        }
        SELENIUM_LOG.setLevel(Level.SEVERE);
        site = new SiteFixture(dir.resolve("site"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    /**
     * The browser's console errors since the last call: a resource that failed to load, a
     * request the Content-Security-Policy blocked (anything the page tried to fetch elsewhere).
     */
    private static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    }

    private static void screenshot(String name) throws Exception {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aReaderGoesFromTheHomePageToAReportAndOnToAPersonMentionedInIt() throws Exception {
        browser.get(site.url("/"));
        assertEquals("News reports as linked data · Dateline", browser.getTitle());
        screenshot("1-home");

        browser.findElement(By.linkText("Niger's prime minister meets Raeisi in Tehran")).click();
        assertEquals(site.url("/report/feedface00000001"), browser.getCurrentUrl());
        assertEquals("Niger's prime minister meets Raeisi in Tehran", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> mentions = browser.findElements(By.cssSelector("a.mention"));
        assertEquals(List.of("Niger", "Ali Mahaman Lamine Zeine", "Ebrahim Raeisi", "Tehran"),
                mentions.stream().map(WebElement::getText).toList());
        WebElement zeine = mentions.get(1);
        assertTrue(zeine.isDisplayed());
        assertEquals("rgba(255, 243, 191, 1)", zeine.getCssValue("background-color"), "mentions are highlighted");
        assertTrue(browser.findElement(By.cssSelector("ul.quotes blockquote")).getText()
                .contains("We respect the choices of the people of Niger"));
        screenshot("2-report");

        zeine.click();
        assertEquals(site.url("/entity/Q116231425"), browser.getCurrentUrl());
        assertEquals("Ali Mahaman Lamine Zeine", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Wikidata Q116231425", browser.findElement(By.cssSelector("dl.facts a")).getText());
        assertTrue(browser.findElement(By.id("roles-heading")).findElement(By.xpath("..")).getText()
                .contains("prime minister of Niger"));
        screenshot("3-entity");
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void aReaderFollowsTheCountsToABrowsePageToAPersonAndToAReport() throws Exception {
        browser.get(site.url("/"));
        WebElement people = browser.findElement(By.cssSelector("ul.stats a[href='/browse/people']"));
        assertEquals("2 people", people.getText().replaceAll("\\s+", " "), "the count reads as a link");
        people.click();
        assertEquals(site.url("/browse/people"), browser.getCurrentUrl());
        assertEquals("People", browser.findElement(By.tagName("h1")).getText());
        assertEquals("most reports", browser.findElement(By.cssSelector("nav.sorts strong")).getText());
        screenshot("5-browse-people");

        browser.findElement(By.cssSelector("nav.sorts a[href='/browse/people?sort=name']")).click();
        List<String> names = browser.findElements(By.cssSelector("ol.browse > li > a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Ali Mahaman Lamine Zeine", "Ebrahim Raeisi"), names);

        browser.findElement(By.linkText("Ali Mahaman Lamine Zeine")).click();
        assertEquals(site.url("/entity/Q116231425"), browser.getCurrentUrl());
        browser.findElement(By.cssSelector("ol.reports a")).click();
        assertEquals(site.url("/report/feedface00000001"), browser.getCurrentUrl());
        assertEquals("Niger's prime minister meets Raeisi in Tehran", browser.findElement(By.tagName("h1")).getText());
        screenshot("6-report-from-browse");
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void hostileReportTextDoesNotRunAndTheQueryEditorStarts() throws Exception {
        browser.get(site.url(site.links(site.hostile.reportIri())));
        assertEquals(SiteFixture.HOSTILE_HEADLINE, browser.findElement(By.tagName("h1")).getText());
        assertEquals(0L, ((Number) browser.executeScript("return document.images.length")).longValue());

        browser.get(site.url("/query"));
        // YASGUI builds its editor from script after the page loads: poll for it (no selenium-support jar here).
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (browser.findElements(By.cssSelector("#yasgui .CodeMirror")).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(1, browser.findElements(By.cssSelector("#yasgui .CodeMirror")).size(), "the SPARQL editor started");
        // Run the query in the editor against /dateline/sparql: the CSP must let the page reach its own server.
        browser.executeScript("document.querySelector('#yasgui .CodeMirror').CodeMirror.setValue(arguments[0])",
                "PREFIX schema: <https://schema.org/> SELECT ?h WHERE { ?r schema:headline ?h } ORDER BY ?h");
        browser.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
        deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (browser.findElements(By.cssSelector("#yasgui .yasr table tbody tr")).size() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        String results = browser.findElement(By.cssSelector("#yasgui .yasr table tbody")).getText();
        assertTrue(results.contains("Niger's prime minister meets Raeisi in Tehran"), results);
        screenshot("4-query");
        assertEquals(List.of(), consoleErrors(), "the query page fetched nothing from elsewhere");
    }
}
