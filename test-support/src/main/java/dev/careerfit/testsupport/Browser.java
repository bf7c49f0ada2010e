package dev.careerfit.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver, as careerfit's browser tests use it:
 * a window of a given width (a phone's below 600 pixels), what a page looks like from its DOM once laid out
 * ({@link #measure()}: sideways scroll, text under 12 pixels, elements outside the window, clipped boxes),
 * full-page screenshots and A4 prints kept in one folder under target/, for CI to keep as artifacts.
 *
 * <p>{@link #start(Path, String)} skips the calling tests, with a message saying how to install them, where Chromium or
 * chromedriver is missing (.ci/run installs both).
 */
public final class Browser implements AutoCloseable {
    /** A page object of a PDF: one for each printed page. */
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    /**
     * What the page looks like from its DOM once laid out: the window and page widths, then one line for each text
     * under 12 pixels, each element sticking out of the window, and each element whose content overflows a box that
     * hides it (clipped). Closed {@code <details>} hide their content, so it is not measured.
     */
    private static final String MEASURE = """
            const out = ['window=' + window.innerWidth, 'page=' + document.documentElement.scrollWidth];
            const name = e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string'
                ? '.' + e.className.split(' ')[0] : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
            for (const e of document.body.querySelectorAll('*')) {
              const style = getComputedStyle(e);
              if (style.display === 'none' || style.visibility === 'hidden' || e.closest('details:not([open])')
                  && e.tagName !== 'SUMMARY' && !e.closest('summary')) continue;
              const r = e.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              const ownText = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
              if (ownText && parseFloat(style.fontSize) < 12) out.push('small=' + style.fontSize + ' ' + name(e));
              if (r.right > window.innerWidth + 0.5 || r.left < -0.5) out.push('outside=' + Math.round(r.left)
                  + '..' + Math.round(r.right) + ' ' + name(e));
              const hides = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
              if (hides && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1))
                out.push('clipped=' + name(e));
            }
            return out.join('\\n');
            """;

    private final ChromeDriver driver;
    private final Path out;

    private Browser(ChromeDriver driver, Path out) {
        this.driver = driver;
        this.out = out;
    }

    /**
     * Starts the browser, keeping what it shows in {@code out} (made if missing); skips the calling tests where
     * Chromium or chromedriver is not on the PATH.
     *
     * @param what what the skipped tests check, for the message: "the browser tests of careerfit's web pages"
     */
    public static Browser start(Path out, String what) throws IOException {
        Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = onPath("chromedriver");
        assumeTrue(chromium.isPresent() && chromedriver.isPresent(), "No Chromium or chromedriver on the PATH: "
                + what + " are skipped. Install them with: apt-get install -y chromium chromium-driver");
        Path dir = Files.createDirectories(out.toAbsolutePath());
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-extensions", "--window-size=1280,900",
                        "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).withLogFile(dir.resolve("chromedriver.log").toFile())
                .build();
        return new Browser(new ChromeDriver(service, options), dir);
    }

    /** Selenium's driver, for what a test does on a page (clicks, keys, axe). */
    public ChromeDriver driver() {
        return driver;
    }

    /** The folder screenshots, prints and measures are kept in. */
    public Path out() {
        return out;
    }

    /** A window {@code width} pixels wide and 800 high: a phone's (touch, no zoom-out) below 600 pixels. */
    public void width(int width) {
        metrics(width, 800);
    }

    /** The window as the browser was started: for printing, where the paper sets the width. */
    public void unsized() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * What the page shown looks like from its DOM, kept as {@code name.txt}: its width against the window's, and
     * each text under 12 pixels, element outside the window and clipped box.
     */
    public Layout measure(String name) throws IOException {
        String measured = (String) driver.executeScript(MEASURE);
        Files.writeString(out.resolve(name + ".txt"), measured + "\n");
        List<String> lines = measured.lines().toList();
        return new Layout(value(lines.get(0), "window="), value(lines.get(1), "page="),
                List.copyOf(lines.subList(2, lines.size())));
    }

    /** The window as it is, kept as {@code name.png}. */
    public void screenshot(String name) throws IOException {
        Files.write(out.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The whole page, not only the window, kept as {@code name.png}: the window is made as tall as the page for the
     * shot and stays so until the next {@link #width(int)}.
     */
    public void fullPageScreenshot(String name) throws IOException {
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Number width = (Number) driver.executeScript("return window.innerWidth");
        metrics(width.intValue(), Math.min(16_000, height.intValue()));
        screenshot(name);
    }

    /** Prints the page shown on A4, keeps the PDF as {@code name.pdf} and returns how many pages it took. */
    public int printA4(String name) throws IOException {
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        Pdf pdf = driver.print(a4);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.write(out.resolve(name + ".pdf"), bytes);
        return (int) PAGE.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).results().count();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private void metrics(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static int value(String line, String prefix) {
        return Integer.parseInt(line.substring(prefix.length()));
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A page as laid out in the window.
     *
     * @param window   the window's width in CSS pixels
     * @param page     the page's width: wider than the window when it scrolls sideways
     * @param problems one line for each text under 12 pixels ({@code small=}), element outside the window
     *                 ({@code outside=}) and clipped box ({@code clipped=}); empty when there are none
     */
    public record Layout(int window, int page, List<String> problems) {
        /** Whether the page scrolls sideways. */
        public boolean scrollsSideways() {
            return page > window;
        }
    }
}
