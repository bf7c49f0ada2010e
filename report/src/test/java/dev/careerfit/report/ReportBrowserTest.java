package dev.careerfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.role.RoleId;
import dev.careerfit.testsupport.Browser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * careerfit's HTML pages as a browser shows and prints them ({@link Browser}: Debian's headless Chromium through
 * Selenium): the fit result (docs/example-answers-ml-engineer.json, asking about ml-engineer), the role page of Data
 * Scientists (15-2051.00) and its pay, at 360, 768 and 1280 pixels wide, checked from the DOM for sideways scrolling,
 * text under 12 pixels and anything sticking out of the window or clipped by its box; then each printed on A4 (at
 * most 2 pages). Full-page screenshots and PDFs stay in target/report-browser. Skipped, with a message, where
 * Chromium or chromedriver is missing (.ci/run installs both).
 */
@Tag("national")
class ReportBrowserTest {
    static final Path OUT = Path.of("target/report-browser").toAbsolutePath();
    static final Path EXAMPLE = Path.of(System.getProperty("careerfit.docs", "../docs"),
            "example-answers-ml-engineer.json");
    static Browser browser;

    @BeforeAll
    static void writeThePagesAndStartTheBrowser() throws IOException {
        browser = Browser.start(OUT, "the browser checks of careerfit's HTML pages");
        CareerCatalog catalog = CareerCatalog.builder().build();
        FitScorer scorer = FitScorers.create(catalog);
        Person person = scorer.person(QuizJson.readAnswers(EXAMPLE, scorer));
        Ranking ranking = scorer.rank(person, RankingRequest.top(10));
        FitReport asked = scorer.report(person, RoleId.of("ml-engineer"));
        List<FitReport> best = ranking.roles().stream().limit(3).map(e -> scorer.report(person, e.role())).toList();
        write("result", new Report.FitResults(ranking, asked, best, catalog));
        write("role", new Report.Role(catalog.requireRole("15-2051.00"), catalog));
        write("salary", Report.Salary.of(catalog.requireRole("ml-engineer"), SalaryRequest.everywhere()));
    }

    private static void write(String name, Report report) throws IOException {
        StringBuilder html = new StringBuilder();
        ReportFormats.builtIn().require("html").write(report, ReportSettings.defaults(), html);
        Files.writeString(OUT.resolve(name + ".html"), html, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0} at {1} pixels")
    @CsvSource({"result, 360", "result, 768", "result, 1280", "role, 360", "role, 768", "role, 1280", "salary, 360",
            "salary, 1280"})
    void readsAtEveryWidthWithoutScrollingSidewaysSmallTextOrClipping(String name, int width) throws IOException {
        browser.width(width);
        browser.driver().get(OUT.resolve(name + ".html").toUri().toString());
        Browser.Layout layout = browser.measure(name + "-" + width);
        browser.fullPageScreenshot(name + "-" + width);

        assertThat(layout.window()).isEqualTo(width);
        assertThat(layout.scrollsSideways()).as(name + " scrolls sideways at " + width + " pixels").isFalse();
        assertThat(layout.problems()).as(name + " at " + width + " pixels: text under 12 pixels, elements outside the "
                + "window, clipped boxes").isEmpty();
    }

    @Test
    void theMeasuresFindSmallTextAPageWiderThanTheWindowAndAClippedBox() throws IOException {
        Path bad = OUT.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\">"
                + "<style>.c{width:50px;height:20px;overflow:hidden}</style>"
                + "</head><body><p style=\"font-size:10px\">small</p><div style=\"width:900px\">wide</div>"
                + "<div class=\"c\">a box too small for all of these words</div></body></html>");
        // Not as a phone: a phone's browser would zoom out to the wide element, which is what the check looks for.
        browser.width(600);
        browser.driver().get(bad.toUri().toString());

        Browser.Layout layout = browser.measure("bad");

        assertThat(String.join("\n", layout.problems())).contains("small=10px p", "outside=", "clipped=div.c");
        assertThat(layout.scrollsSideways()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"result", "role"})
    void printsOnAtMostTwoA4Pages(String name) throws IOException {
        browser.unsized();
        browser.driver().get(OUT.resolve(name + ".html").toUri().toString());
        int pages = browser.printA4(name + "-a4");
        Files.writeString(OUT.resolve(name + "-a4.txt"), pages + " A4 pages\n");

        assertThat(pages).as("printed A4 pages of the " + name + " page").isBetween(1, 2);
    }
}
