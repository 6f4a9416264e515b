package org.councilcommons.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for integration tests, with an accessibility check.
 *
 * <p>Uses the distribution's Chromium and chromedriver, passed to Selenium explicitly, so that
 * Selenium Manager never downloads a browser or driver: builds must work offline and test what
 * CI has installed. The system properties {@code commons.chromium} and {@code
 * commons.chromedriver} point elsewhere on machines without Debian's packages.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("commons.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("commons.chromedriver", "/usr/bin/chromedriver"));

    // The public sector's bar is WCAG 2.2 AA; axe tags each rule with the level that introduced it.
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final int TARGETS_SHOWN = 3;

    private final Path profile;
    private final ChromeDriver driver;

    /** Starts a browser with a fresh profile, so no state survives from an earlier run. */
    public Browser() {
        try {
            profile = Files.createTempDirectory("commons-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile);
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteProfile();
            throw e;
        }
        // A hung page should fail one test, not stall the whole suite.
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Whether the browser and driver are where this class looks for them; for {@code Assumptions}. */
    public static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /**
     * Forgets every cookie of every site. WebDriver's own deleteAllCookies only reaches the
     * current page's domain, which would leave a session behind after a test ends elsewhere.
     */
    /**
     * Clicks something that submits a form or follows a link, and waits for the next page, so the test never
     * reads the old page's elements while the new one loads.
     */
    public void clickAndWait(org.openqa.selenium.By by) {
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        driver.findElement(by).click();
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20));
        // the old page is gone when its root can no longer be asked anything (Chrome reports that two ways)
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Signs in afresh through the sign-in page, asked for by opening {@code next}, and lands on {@code next}. */
    public void signIn(RunningServer.Server server, String email, String password, String next) {
        clearCookies();
        open(server.url(next));
        driver.findElement(org.openqa.selenium.By.id("email")).sendKeys(email);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        clickAndWait(org.openqa.selenium.By.cssSelector("input[type=submit][value='Sign in']"));
    }

    public void clearCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Fails the test, naming each WCAG violation axe-core finds on the current page. */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail(violations.size() + " accessibility violation(s) on " + driver.getCurrentUrl() + ":\n"
                    + violations.stream().map(Browser::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule violation) {
        List<CheckedNode> nodes = violation.getNodes();
        String targets = nodes.stream()
                .limit(TARGETS_SHOWN)
                .map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        String more = nodes.size() > TARGETS_SHOWN ? " and " + (nodes.size() - TARGETS_SHOWN) + " more" : "";
        return "- %s (%s): %s\n    at %s%s\n    see %s".formatted(
                violation.getId(), violation.getImpact(), violation.getHelp(), targets, more, violation.getHelpUrl());
    }

    /** Saves a PNG of the viewport, for looking at what a failing test saw. */
    public void screenshot(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover profile in the temp directory must not fail the build.
        }
    }
}
