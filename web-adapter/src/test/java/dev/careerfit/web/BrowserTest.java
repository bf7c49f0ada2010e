package dev.careerfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.careerfit.testsupport.Browser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * careerfit in a real browser, as a person uses it, on a 360-pixel phone and a 1280-pixel desktop: {@link Browser}
 * (Debian's headless Chromium, driven by Selenium through Debian's chromedriver) takes the quiz to the end by clicking
 * (and by keys), reads the result, opens a role page and prints it. On every page: axe-core finds no serious or
 * critical accessibility violation, nothing is wider than the window, no text is under 12 pixels and nothing is
 * clipped. Screenshots, PDFs and axe's findings stay in target/browser-test. Skipped, with a message, where Chromium
 * or chromedriver is missing (.ci/run installs both).
 */
class BrowserTest {
    static final Path OUT = Path.of("target/browser-test").toAbsolutePath();
    static Browser browser;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void startTheBrowser() throws IOException {
        browser = Browser.start(OUT, "the browser tests of careerfit's web pages");
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0} pixels wide")
    @ValueSource(ints = {360, 1280})
    void aPersonTakesTheQuizReadsTheResultOpensARoleAndPrintsIt(int width) throws IOException {
        browser.width(width);
        driver.get(TestServer.uri().toString());
        checkPage("start", width);
        click(driver.findElement(By.linkText("Start the quiz")));
        assertThat(driver.findElement(By.cssSelector("h1.question")).getText()).isNotBlank();
        checkPage("question", width);

        int steps = 0;
        while (!driver.findElements(By.id("quiz")).isEmpty()) {
            List<WebElement> choices = driver.findElements(By.cssSelector(".choices .choice"));
            int pick = pick(choices.size(), steps, width);
            String key = choices.get(pick).getAttribute("data-key");
            if (steps % 9 == 4) {
                // Keys work as well as clicks: a number picks that answer.
                markPage();
                new Actions(driver).sendKeys(key).perform();
                awaitNewPage();
            } else if (steps == 6) {
                click(driver.findElement(By.cssSelector("button[value='back']")));
                assertThat(driver.findElement(By.className("given")).getText()).startsWith("Your answer before:");
                click(driver.findElement(By.cssSelector("button[value='not-sure']")));
            } else if (steps % 10 == 8) {
                click(driver.findElement(By.cssSelector("button[value='skip']")));
            } else {
                click(choices.get(pick));
            }
            steps++;
            assertThat(steps).as("the quiz ends").isLessThan(200);
        }
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Your best occupations, out of ");
        List<WebElement> best = driver.findElements(By.cssSelector("ol.ranking > li .name a"));
        assertThat(best).hasSize(10);
        assertThat(driver.findElements(By.cssSelector("ol.ranking .score"))).hasSize(10);
        checkPage("result", width);
        int resultPages = print("result", width);

        String title = best.get(0).getText();
        click(best.get(0));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith(title);
        checkPage("role", width);
        int rolePages = print("role", width);
        assertThat(resultPages).as("the result printed on A4").isBetween(1, 2);
        assertThat(rolePages).as("the role page printed on A4").isBetween(1, 2);
        Files.writeString(OUT.resolve("printed-" + width + ".txt"), "result " + resultPages + " pages, role "
                + rolePages + " pages (A4)\n", StandardCharsets.UTF_8);

        click(driver.findElement(By.linkText("Pay, place by place")));
        checkPage("salary", width);
        click(driver.findElement(By.linkText("Sources")));
        checkPage("sources", width);
        click(driver.findElement(By.linkText("Occupations")));
        markPage();
        driver.findElement(By.id("search")).sendKeys("data scientist\n");
        awaitNewPage();
        assertThat(driver.getCurrentUrl()).contains("search=data");
        assertThat(driver.findElement(By.linkText("Data Scientists")).isDisplayed()).isTrue();
        checkPage("search", width);
        driver.get(TestServer.uri().resolve("/roles/no-such-role").toString());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Unknown role");
        checkPage("problem", width);
    }

    /** Clicks and waits for the next page. */
    /**
     * The answer a consistent person gives: a work activity by its interest area (the page's topic), so that one
     * area's activities are answered alike; a statement in the middle, so that forward and reverse statements never
     * contradict; anything else in turn. Answers that vary item by item regardless of what they measure are flagged
     * as inconsistent and get no ranking (docs/scoring.md, "Response style").
     */
    private int pick(int choices, int steps, int width) {
        String lead = driver.findElements(By.className("lead")).stream().map(WebElement::getText).findFirst().orElse("");
        if (lead.startsWith("How much would you like")) {
            String topic = driver.findElement(By.className("topic")).getText();
            return Math.floorMod(topic.hashCode() + width, choices);
        }
        return lead.startsWith("How much do you agree") ? choices / 2 : (steps * 7 + width) % choices;
    }

    private static void click(WebElement element) {
        markPage();
        element.click();
        awaitNewPage();
    }

    /** Marks the page shown, so that {@link #awaitNewPage()} can tell when another has replaced it. */
    private static void markPage() {
        driver.executeScript("window.careerfitPageSeen = true");
    }

    /**
     * Waits until a new page has loaded: its window has no mark. Errors while the old page goes are ignored
     * (chromedriver may report a node "not in the document" rather than a stale element then).
     */
    private static void awaitNewPage() {
        wait.ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.careerfitPageSeen && document.readyState === 'complete'")));
    }

    /**
     * The page as the person sees it: a screenshot kept, nothing wider than the window, no text under 12 pixels,
     * nothing clipped, and no serious or critical accessibility violation.
     */
    private static void checkPage(String name, int width) throws IOException {
        browser.screenshot(name + "-" + width);
        Browser.Layout layout = browser.measure(name + "-" + width + "-layout");
        assertThat(layout.window()).as("the window's width").isEqualTo(width);
        assertThat(layout.scrollsSideways()).as(name + " page scrolls sideways at " + width + " pixels").isFalse();
        // The skip link waits off-screen until a keyboard user focuses it: outside the window by design.
        assertThat(layout.problems()).as(name + " page at " + width + " pixels: text under 12 pixels, elements "
                + "outside the window, clipped boxes").allMatch(p -> p.startsWith("outside=") && p.contains(" a.skip "));
        // A score, its stability and its band are read as units: none of them may break across two lines.
        assertThat((List<?>) ((JavascriptExecutor) driver).executeScript("return [...document.querySelectorAll("
                + "'ol.ranking .nums > span')].filter(e => e.getClientRects().length > 1).map(e => e.textContent)"))
                .as(name + " page at " + width + " pixels: a ranking's figures or band words broken across lines")
                .isEmpty();
        Results axe = new AxeBuilder().analyze(driver);
        List<String> found = new ArrayList<>();
        for (Rule rule : axe.getViolations()) {
            found.add(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getNodes().size()
                    + " elements)");
        }
        Files.writeString(OUT.resolve(name + "-" + width + "-axe.txt"), String.join("\n", found) + "\n");
        assertThat(axe.getPasses()).as("axe ran on the " + name + " page").isNotEmpty();
        assertThat(found).as("serious or critical accessibility violations on the " + name + " page at " + width
                + " pixels").noneMatch(v -> v.startsWith("serious") || v.startsWith("critical"));
    }

    /** Prints the page on A4, keeps the PDF and returns how many pages it took. */
    private static int print(String name, int width) throws IOException {
        return browser.printA4(name + "-" + width);
    }
}
