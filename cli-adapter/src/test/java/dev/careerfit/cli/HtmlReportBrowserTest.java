package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorers;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The HTML report as a browser shows and prints it: headless Chromium renders the page for one role at 400
 * pixels wide and checks through the DOM that nothing is wider than the window and that pros, cons and
 * deal-breakers get their colours, then prints it to PDF and counts the pages. Skipped, with a message, when
 * no Chromium is installed (CI installs it: .ci/run). Pages, PDFs and screenshots stay in target/browser-test.
 */
@Tag("national")
class HtmlReportBrowserTest {
    static final Path OUT = Path.of("target/browser-test").toAbsolutePath();
    static Path chromium;
    static Path page;

    @BeforeAll
    static void renderThePage() throws IOException {
        Optional<Path> found = chromium();
        assumeTrue(found.isPresent(), "No Chromium on the PATH (chromium, chromium-browser or google-chrome): the "
                + "browser checks of the HTML report are skipped. Install it with: apt-get install -y chromium");
        chromium = found.get();
        Files.createDirectories(OUT);
        Path answers = QuizKeys.answersFile(OUT.resolve("answers.json"),
                FitScorers.create(CareerCatalog.builder().build()), "ml-engineer");
        page = OUT.resolve("report.html");
        CliRun.Result r = new CliRun(OUT).env("CAREERFIT_HOME", OUT.resolve("home").toString())
                .run("score", "--answers", answers.toString(), "--html", page.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    static Optional<Path> chromium() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs headless Chromium with {@code args} and returns what it printed on standard output. */
    static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-extensions", "--user-data-dir=" + OUT.resolve("profile")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(OUT.resolve("chromium.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished within 2 minutes").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    /**
     * The page in a frame {@code width} pixels wide (a headless window cannot be made that narrow), with a script
     * that measures it once loaded and writes the results into the DOM, which {@code --dump-dom} then prints:
     * {@code name=value} lines in {@code <pre id="measured">}.
     */
    static String measure(int width) throws IOException, InterruptedException {
        String script = """
                <script>
                const frame = document.getElementById('report');
                frame.addEventListener('load', () => {
                  const doc = frame.contentDocument;
                  const win = frame.contentWindow;
                  const out = [];
                  const root = doc.documentElement;
                  out.push('window=' + win.innerWidth);
                  out.push('page=' + root.scrollWidth + '/' + root.clientWidth);
                  out.push('body=' + doc.body.scrollWidth + '/' + doc.body.clientWidth);
                  doc.querySelectorAll('.chart').forEach((c, i) => {
                    const svg = c.querySelector('svg').getBoundingClientRect();
                    out.push('chart' + i + '=' + c.scrollWidth + '/' + c.clientWidth);
                    out.push('chartRight' + i + '=' + Math.ceil(svg.right) + '/' + root.clientWidth);
                  });
                  for (const kind of ['pro', 'con', 'deal']) {
                    const li = doc.querySelector('ul.items > li.' + kind);
                    out.push(kind + '=' + (li ? win.getComputedStyle(li).borderLeftColor : 'none'));
                  }
                  const plain = doc.createElement('ul');
                  plain.className = 'items';
                  plain.appendChild(doc.createElement('li'));
                  doc.body.appendChild(plain);
                  out.push('plain=' + win.getComputedStyle(plain.firstChild).borderLeftColor);
                  const pre = document.createElement('pre');
                  pre.id = 'measured';
                  pre.textContent = out.join('\\n');
                  document.body.appendChild(pre);
                });
                </script>
                """;
        Path probe = OUT.resolve("probe-" + width + ".html");
        Files.writeString(probe, "<!DOCTYPE html>\n<html><body style=\"margin:0\"><iframe id=\"report\" style=\"width:"
                + width + "px;height:900px;border:0\" srcdoc=\"" + HtmlReport.esc(Files.readString(page))
                + "\"></iframe>\n" + script + "</body></html>\n");
        String dom = run("--window-size=1000,1000", "--virtual-time-budget=5000", "--dump-dom",
                probe.toUri().toString());
        Matcher m = Pattern.compile("<pre id=\"measured\">([\\s\\S]*?)</pre>").matcher(dom);
        assertThat(m.find()).as("Chromium ran the measuring script; its log: " + OUT.resolve("chromium.log")).isTrue();
        return m.group(1);
    }

    static List<String> values(String measured, String prefix) {
        return measured.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(l.indexOf('=') + 1)).toList();
    }

    @Test
    void nothingIsWiderThanAWindowOf400Pixels() throws Exception {
        String measured = measure(400);

        assertThat(values(measured, "window=")).containsExactly("400");
        List<String> widths = new ArrayList<>(values(measured, "page="));
        widths.addAll(values(measured, "body="));
        widths.addAll(values(measured, "chart"));
        assertThat(values(measured, "chart")).as("the page has its charts").hasSizeGreaterThanOrEqualTo(4);
        assertThat(widths).as(measured).allSatisfy(w -> {
            String[] parts = w.split("/");
            assertThat(Integer.parseInt(parts[0])).as(w).isLessThanOrEqualTo(Integer.parseInt(parts[1]));
        });
    }

    @Test
    void prosConsAndDealBreakersShowTheirOwnColours() throws Exception {
        String measured = measure(800);
        String plain = values(measured, "plain=").get(0);
        List<String> colours = Stream.of("pro=", "con=").map(k -> values(measured, k).get(0)).toList();

        assertThat(colours).as(measured).doesNotContain("none", plain).doesNotHaveDuplicates();
        assertThat(colours.get(0)).isEqualTo("rgb(31, 138, 76)");
        String deal = values(measured, "deal=").get(0);
        if (!deal.equals("none")) {
            assertThat(deal).isNotIn(plain, colours.get(0), colours.get(1));
        }
    }

    @Test
    void printsOnAtMostTwoA4Pages() throws Exception {
        Path pdf = OUT.resolve("report.pdf");
        Files.deleteIfExists(pdf);

        run("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());

        assertThat(pdf).exists();
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        long pages = Pattern.compile("/Type\\s*/Page(?!s)").matcher(raw).results().count();
        assertThat(pages).as("printed pages of " + pdf).isBetween(1L, 2L);
    }
}
