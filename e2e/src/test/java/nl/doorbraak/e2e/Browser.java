package nl.doorbraak.e2e;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through its chromedriver, with a fresh profile and download folder per browser.
 * Tests call {@link #start()}; where Chromium or chromedriver is missing it skips them with one clear line.
 */
public final class Browser implements AutoCloseable {
    public static final int DESKTOP_WIDTH = 1280;
    public static final int PHONE_WIDTH = 320;

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;
    private int width = DESKTOP_WIDTH;

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    private static Path executable(String env, String... candidates) {
        String configured = System.getenv(env);
        if (configured != null && Files.isExecutable(Path.of(configured))) return Path.of(configured);
        for (String candidate : candidates) {
            if (Files.isExecutable(Path.of(candidate))) return Path.of(candidate);
        }
        return null;
    }

    private static boolean switchedOff() {
        return "none".equals(System.getProperty("doorbraak.browser", System.getenv("DOORBRAAK_BROWSER")));
    }

    private static Path chromium() {
        return switchedOff() ? null : executable("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    }

    private static Path chromedriver() {
        return switchedOff() ? null : executable("CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    /** Why browser tests cannot run here, or null when they can. */
    public static String missing() {
        if (switchedOff()) return "switched off by DOORBRAAK_BROWSER=none";
        if (chromium() == null || chromedriver() == null) {
            return "no Chromium and chromedriver on this machine (apt-get install chromium chromium-driver; .ci/run does this)";
        }
        return null;
    }

    /** Starts a browser, or skips the calling test when this machine has no Chromium and chromedriver. */
    public static Browser start() {
        String missing = missing();
        Assumptions.assumeTrue(missing == null, () -> "browser tests skipped: " + missing);
        Path chromium = chromium();
        Path chromedriver = chromedriver();
        try {
            Path profile = Files.createTempDirectory("doorbraak-chromium-");
            Path downloads = Files.createTempDirectory("doorbraak-downloads-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=nl-NL", "--user-data-dir=" + profile,
                    "--window-size=" + DESKTOP_WIDTH + ",900");
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("intl.accept_languages", "nl-NL,nl");
            options.setExperimentalOption("prefs", prefs);
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                    .withEnvironment(Map.of("LANG", "nl_NL.UTF-8", "LANGUAGE", "nl_NL:nl", "TZ", "Europe/Amsterdam")).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Browser browser = new Browser(driver, profile, downloads);
            browser.desktop();
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() { return driver; }

    public Path downloads() { return downloads; }

    public void open(String url) { driver.get(url); }

    /** A 1280 px wide window. */
    public void desktop() { viewport(DESKTOP_WIDTH, 900, false); }

    /** A 320 px wide phone screen (WCAG reflow width). */
    public void phone() { viewport(PHONE_WIDTH, 720, true); }

    private void viewport(int width, int height, boolean mobile) {
        this.width = width;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    public int width() { return width; }

    public WebElement find(String css) { return driver.findElement(By.cssSelector(css)); }

    public List<WebElement> findAll(String css) { return driver.findElements(By.cssSelector(css)); }

    public Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    public Object asyncJs(String script, Object... args) { return ((JavascriptExecutor) driver).executeAsyncScript(script, args); }

    public <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    public <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }

    /** Waits up to a minute: for the workflow behind the page (Lambda cold starts on a busy machine). */
    public <T> T waitLong(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofSeconds(1)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** The page's text with non-breaking spaces as plain spaces (amounts use one after the euro sign). */
    public String text(String css) { return find(css).getText().replace('\u00a0', ' '); }

    /** Saves a screenshot of the whole page as {@code target/screenshots/<name>-<width>.png}. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("doorbraak.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Number height = (Number) js("return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));");
            int viewportHeight = width == PHONE_WIDTH ? 720 : 900;
            int full = Math.min(Math.max(height.intValue(), viewportHeight), 6000);
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", full, "deviceScaleFactor", 1, "mobile", width == PHONE_WIDTH));
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            viewport(width, viewportHeight, width == PHONE_WIDTH);
            Path file = dir.resolve(name + "-" + width + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors the page wrote to the browser console since the last call (failed requests, script errors). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /** Waits for a completed download whose name ends with {@code suffix} and returns it. */
    public Path downloaded(String suffix) {
        return waitFor(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
            deleteTree(downloads);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
