package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text report as a person reads it: the answer first, within its line budget (docs/formats.md, "Line budgets"),
 * in human words, with each source listed once and pointed to by number.
 */
class TextReportTest {
    static final String DIGITS = ReadmeCommandsTest.DIGITS;
    static final Path EXAMPLE = ReadmeCommandsTest.ROOT.resolve("docs/example-answers-ml-engineer.json");
    /** Lines the command prints for a fit result: the page's budget and at most 3 lines of closing hint. */
    static final int BUDGET = dev.careerfit.report.LineBudgets.FIT + 3;

    @TempDir
    static Path home;

    static String run(String... args) {
        CliRun.Result r = new CliRun(home).env("CAREERFIT_HOME", home.toString()).run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    static List<String> reports() {
        return List.of(run("score", "--interest-profiler", DIGITS, "--role", "15-2051.00"),
                run("score", "--answers", EXAMPLE.toString()),
                run("score", "--answers", EXAMPLE.toString(), "--role", "15-1252.00"));
    }

    /** Every statement on a pro or con answered strongly in its direction, with Data Scientists in detail. */
    static String prosAndConsAlone() {
        try {
            dev.careerfit.quiz.Answers.Builder b = dev.careerfit.quiz.Answers.builder(QuizKeys.national().bank());
            for (dev.careerfit.quiz.bank.Question q : QuizKeys.national().bank().questions()) {
                if (q.kind() == dev.careerfit.quiz.bank.QuestionKind.AGREEMENT) {
                    b.answer(q.id(), q.keySign() < 0 ? 1 : 5);
                }
            }
            Path file = home.resolve("pros-and-cons.json");
            dev.careerfit.quiz.json.QuizJson.write(file, b.build());
            return run("score", "--answers", file.toString(), "--role", "15-2051.00", "--details");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> detailed() {
        return List.of(run("score", "--interest-profiler", DIGITS, "--role", "15-2051.00", "--details"),
                run("score", "--answers", EXAMPLE.toString(), "--details"));
    }

    @Test
    @Tag("national")
    void theDefaultViewKeepsToItsBudgetAndDetailsShowsMore() {
        List<String> reports = reports();
        List<String> details = detailed();

        assertThat(reports).allSatisfy(r -> assertThat(r.lines().count()).as(r).isLessThanOrEqualTo(BUDGET));
        assertThat(details.get(0).lines().count()).isGreaterThan(reports.get(0).lines().count());
        assertThat(details.get(1).replaceAll("\\s+", " ")).contains("you: \u201c");
        // The pros and cons alone (with interests they weigh a fifth of the fit, too little here for a reason), each
        // statement answered strongly its way: the reverse-keyed one on maths is quoted as worded against it.
        assertThat(prosAndConsAlone().replaceAll("\\s+", " "))
                .containsPattern("you: \u201cI would rather avoid work that needs a lot of mathematics\\.\u201d .* \\(worded "
                        + "against it");
    }

    @Test
    @Tag("national")
    void theAnswerComesFirstThenTheReasonsThenTheSources() {
        String r = reports().get(0);

        int ranking = r.indexOf("Your best occupations");
        java.util.regex.Matcher ranks = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th) of the").matcher(r);
        int verdict = ranks.find() ? ranks.start() : -1;
        int why = r.indexOf("Why it fits");
        int way = r.indexOf("Readiness and the way in");
        int sources = r.indexOf("\nSources");
        assertThat(List.of(ranking, verdict, why, way, sources)).doesNotContain(-1).isSorted();
        assertThat(r.substring(verdict, why)).contains("How sure: it stays in your top 10 in ")
                .doesNotContain("likely");
    }

    @Test
    @Tag("national")
    void sentencesUseNamesNotIdsAndPointsHaveTheRightPlural() {
        for (String r : concat(reports(), detailed())) {
            assertThat(r).doesNotContainPattern("\\b[a-z]+(-[a-z]+)*\\.(\\d+|importance)\\b")
                    .doesNotContainPattern("(^|[^.\\d])[+-]?1(\\.0)? points")
                    .doesNotContainPattern("[+-]0(\\.0)? points")
                    .doesNotContain("\\.0 points");
        }
    }

    @Test
    @Tag("national")
    void eachSourceIsListedOnceAndEveryReferenceIsInTheList() {
        for (String r : concat(reports(), detailed())) {
            String sources = r.substring(r.indexOf("\nSources\n"));
            List<String> entries = Pattern.compile("\\n  \\[(\\d+)] ([^\\n]+(\\n {6}[^\\n]+)*)").matcher(sources)
                    .results().map(m -> m.group(2).replaceAll("\\s+", " ")).toList();
            assertThat(entries).isNotEmpty().doesNotHaveDuplicates();
            Matcher refs = Pattern.compile("\\[(\\d+)]").matcher(r.substring(0, r.indexOf("\nSources\n")));
            while (refs.find()) {
                assertThat(Integer.parseInt(refs.group(1))).isBetween(1, entries.size());
            }
            assertThat(r).doesNotContain("source: ", "[onet]", "[career-guides]", ".txt");
        }
    }

    @Test
    @Tag("national")
    void onlyDifferencesThatCouldBeZeroAreCalledTooCloseToCall() {
        String r = String.join("\n", detailed()).replaceAll("\\s+", " ");
        Matcher m = Pattern.compile("too close to call: the difference, [^,]+, could be anywhere from ([-+]\\d+\\.\\d) to "
                + "([-+]\\d+\\.\\d)").matcher(r);
        int found = 0;
        while (m.find()) {
            found++;
            assertThat(Double.parseDouble(m.group(1))).isLessThanOrEqualTo(0);
            assertThat(Double.parseDouble(m.group(2))).isGreaterThanOrEqualTo(0);
        }
        assertThat(found).isPositive();
    }

    @Test
    @Tag("national")
    void reasonsAreWordsWithoutPointsUnlessDetailsAreAsked() {
        for (String r : reports()) {
            String why = r.substring(r.indexOf("Why it fits"), r.indexOf("Readiness and the way in"));
            assertThat(why).doesNotContain("points", "rated", " of 7");
        }
        assertThat(detailed().get(1)).containsPattern("[+-]\\d+(\\.\\d)? points? to the score");
    }

    @Test
    void aTerminalThatCannotShowAPoundSignGetsTheCurrencyCodeNotAQuestionMark() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter w = CliContext.writer(bytes, StandardCharsets.US_ASCII);
        w.print("median \u00a360,000 a year, \u201cquoted\u201d \u2588");
        w.flush();

        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo("median GBP 60,000 a year, \"quoted\" #");
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        PrintWriter u = CliContext.writer(utf8, StandardCharsets.UTF_8);
        u.print("\u00a360,000");
        u.flush();
        assertThat(utf8.toString(StandardCharsets.UTF_8)).isEqualTo("\u00a360,000");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
