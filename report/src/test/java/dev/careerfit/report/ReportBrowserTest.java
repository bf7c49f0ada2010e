package dev.careerfit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.role.RoleId;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * careerfit's HTML pages as a browser shows and prints them: Debian's headless Chromium, driven by Selenium through
 * chromedriver, opens the fit result (docs/example-answers-ml-engineer.json, asking about ml-engineer), the role page
 * of Data Scientists (15-2051.00) and its pay, at 360, 768 and 1280 pixels wide, and checks from the DOM that the
 * page does not scroll sideways, that no text is set under 12 pixels and that nothing sticks out of the window or of
 * its box; then prints each on A4 and counts the pages (at most 2). Full-page screenshots and PDFs stay in
 * target/report-browser. Skipped, with a message, where Chromium or chromedriver is missing (.ci/run installs both).
 */
@Tag("national")
class ReportBrowserTest {
    static final Path OUT = Path.of("target/report-browser").toAbsolutePath();
    static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");
    static final Path EXAMPLE = Path.of(System.getProperty("careerfit.docs", "../docs"),
            "example-answers-ml-engineer.json");
    static ChromeDriver driver;

    /**
     * What the page looks like from its DOM once laid out: the window and page widths, then one line for each text
     * under 12 pixels, each element sticking out of the window, and each element whose content overflows a box that
     * hides it (clipped).
     */
    static final String MEASURE = """
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

    @BeforeAll
    static void writeThePagesAndStartTheBrowser() throws IOException {
        Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = onPath("chromedriver");
        assumeTrue(chromium.isPresent() && chromedriver.isPresent(), "No Chromium or chromedriver on the PATH: the "
                + "browser checks of careerfit's HTML pages are skipped. Install them with: apt-get install -y chromium "
                + "chromium-driver");
        Files.createDirectories(OUT);
        CareerCatalog catalog = CareerCatalog.builder().build();
        FitScorer scorer = FitScorers.create(catalog);
        Person person = scorer.person(QuizJson.readAnswers(EXAMPLE, scorer));
        Ranking ranking = scorer.rank(person, RankingRequest.top(10));
        FitReport asked = scorer.report(person, RoleId.of("ml-engineer"));
        List<FitReport> best = ranking.roles().stream().limit(3).map(e -> scorer.report(person, e.role())).toList();
        write("result", new Report.FitResults(ranking, asked, best, catalog));
        write("role", new Report.Role(catalog.requireRole("15-2051.00"), catalog));
        write("salary", Report.Salary.of(catalog.requireRole("ml-engineer"), SalaryRequest.everywhere()));

        ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-extensions", "--window-size=1280,900",
                        "--user-data-dir=" + OUT.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).withLogFile(OUT.resolve("chromedriver.log").toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    private static void write(String name, Report report) throws IOException {
        StringBuilder html = new StringBuilder();
        ReportFormats.builtIn().require("html").write(report, ReportSettings.defaults(), html);
        Files.writeString(OUT.resolve(name + ".html"), html, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "{0} at {1} pixels")
    @CsvSource({"result, 360", "result, 768", "result, 1280", "role, 360", "role, 768", "role, 1280", "salary, 360",
            "salary, 1280"})
    void readsAtEveryWidthWithoutScrollingSidewaysSmallTextOrClipping(String name, int width) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", width < 600));
        driver.get(OUT.resolve(name + ".html").toUri().toString());
        String measured = (String) driver.executeScript(MEASURE);
        Files.writeString(OUT.resolve(name + "-" + width + ".txt"), measured + "\n");
        screenshot(name + "-" + width);

        List<String> lines = measured.lines().toList();
        assertThat(lines.get(0)).isEqualTo("window=" + width);
        assertThat(Integer.parseInt(lines.get(1).substring("page=".length()))).as(name + " scrolls sideways at "
                + width + " pixels").isLessThanOrEqualTo(width);
        assertThat(lines.subList(2, lines.size())).as(name + " at " + width + " pixels: text under 12 pixels, "
                + "elements outside the window, clipped boxes").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theMeasuresFindSmallTextAPageWiderThanTheWindowAndAClippedBox() throws IOException {
        Path bad = OUT.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\">"
                + "<style>.c{width:50px;height:20px;overflow:hidden}</style>"
                + "</head><body><p style=\"font-size:10px\">small</p><div style=\"width:900px\">wide</div>"
                + "<div class=\"c\">a box too small for all of these words</div></body></html>");
        // Not as a phone: a phone's browser would zoom out to the wide element, which is what the check looks for.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 800,
                "deviceScaleFactor", 1, "mobile", false));
        driver.get(bad.toUri().toString());

        String measured = (String) driver.executeScript(MEASURE);

        assertThat(measured).contains("small=10px p", "outside=", "clipped=div.c");
        assertThat(Integer.parseInt(measured.lines().toList().get(1).substring("page=".length()))).isGreaterThan(360);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"result", "role"})
    void printsOnAtMostTwoA4Pages(String name) throws IOException {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.get(OUT.resolve(name + ".html").toUri().toString());
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        Pdf pdf = driver.print(a4);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.write(OUT.resolve(name + "-a4.pdf"), bytes);
        long pages = PAGE.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).results().count();
        Files.writeString(OUT.resolve(name + "-a4.txt"), pages + " A4 pages\n");

        assertThat(pages).as("printed A4 pages of the " + name + " page").isBetween(1L, 2L);
    }

    /** The whole page, not only the window: the window is made as tall as the page for the shot. */
    private static void screenshot(String name) throws IOException {
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Number width = (Number) driver.executeScript("return window.innerWidth");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width.intValue(), "height",
                Math.min(16_000, height.intValue()), "deviceScaleFactor", 1, "mobile", width.intValue() < 600));
        Files.write(OUT.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        List<String> dirs = new ArrayList<>(List.of(path.split(File.pathSeparator)));
        for (String name : names) {
            for (String dir : dirs) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
