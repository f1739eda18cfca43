package com.digitrecognizer.e2e;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium for one test class (register it as a static {@code @RegisterExtension}).
 * After every test it reads the browser console: a SEVERE entry fails the test, and a failed
 * test leaves a screenshot and the console log under {@code target/e2e/}.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback {

    /** The screens the tests emulate. */
    enum Screen {
        DESKTOP(1280, 900, 1, false),
        /** An iPhone X-sized phone: 375x812 CSS px at 3 device pixels per CSS px, touch. */
        PHONE(375, 812, 3, true);

        final int width;
        final int height;
        final double pixelRatio;
        final boolean mobile;

        Screen(int width, int height, double pixelRatio, boolean mobile) {
            this.width = width;
            this.height = height;
            this.pixelRatio = pixelRatio;
            this.mobile = mobile;
        }
    }

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path OUTPUT = Path.of("target/e2e");

    /**
     * Selenium 4.52 brings DevTools bindings for Chromium 154-156 and warns at every start that it
     * has none for Debian's 150. The tests need none: they send CDP commands through ChromeDriver.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private ChromeDriver driver;
    private Path profile;

    ChromeDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("The browser runs only within its test class");
        }
        return driver;
    }

    /** Sets the viewport size, pixel ratio and touch of {@code screen}; the page follows at once. */
    void emulate(Screen screen) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width,
                "height", screen.height, "deviceScaleFactor", screen.pixelRatio, "mobile", screen.mobile));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", screen.mobile));
    }

    /** Logs in as the admin on the login page of the app at {@code base} ("http://localhost:port/"). */
    void logInAsAdmin(String base, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
        wait.until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys("admin");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("login"));
    }

    /**
     * Makes every request of the page wait {@code latency} for its answer, as on a slow link
     * (Chromium's network emulation); {@link Duration#ZERO} ends the delay.
     */
    void delayRequests(Duration latency) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                "latency", latency.toMillis(), "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException("The browser tests need " + executable
                        + ": apt-get install chromium chromium-driver");
            }
        }
        profile = Files.createTempDirectory("e2e-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // light theme whatever the machine says: the app follows prefers-color-scheme
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
        emulate(Screen.DESKTOP);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteRecursively(profile);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
        List<LogEntry> errors = console.stream().filter(Browser::isError).toList();
        if (context.getExecutionException().isPresent() || !errors.isEmpty()) {
            String method = context.getRequiredTestMethod().getName();
            // the display name tells the runs of a parameterized test apart
            String run = context.getDisplayName().startsWith(method + "(") ? "" : "-" + context.getDisplayName();
            String name = (context.getRequiredTestClass().getSimpleName() + "." + method + run)
                    .replaceAll("[^A-Za-z0-9.-]+", "_");
            Files.createDirectories(OUTPUT);
            Files.write(OUTPUT.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(OUTPUT.resolve(name + ".log"), format(console) + "\n");
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("Errors in the browser console:\n" + format(errors));
        }
    }

    private static boolean isError(LogEntry entry) {
        // Chromium asks for /favicon.ico by itself; the app has none, and that 404 is no fault of the page
        return entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().contains("/favicon.ico");
    }

    private static String format(List<LogEntry> entries) {
        return entries.stream().map(e -> e.getLevel() + " " + e.getMessage()).collect(Collectors.joining("\n"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
