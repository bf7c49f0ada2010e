package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Reason;
import dev.careerfit.role.RoleId;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report: one self-contained page holding the score, every role, the reasons and their sources. */
@Tag("national")
class HtmlReportTest {
    @TempDir
    static Path dir;

    static Path answers;
    static FitScorer scorer;
    static FitReport report;
    static String page;

    @BeforeAll
    static void writeThePage() throws IOException {
        scorer = FitScorers.create(CareerCatalog.builder().build());
        answers = QuizKeys.answersFile(dir.resolve("answers.json"), scorer, "ml-engineer");
        report = scorer.report(scorerProfile(), RoleId.of("ml-engineer"));
        Path html = dir.resolve("out/report.html");
        CliRun.Result r = new CliRun(dir).run("score", "--answers", answers.toString(), "--html", html.toString());
        assertThat(r.exitCode()).isZero();
        page = java.nio.file.Files.readString(html);
    }

    @Test
    void showsTheScoreIntervalAndBand() {
        assertThat(page).contains("<h1>Your fit: Machine Learning Engineer</h1>")
                .contains("<div class=\"big\">" + TextReport.score(report.score()) + "<")
                .contains("likely " + TextReport.interval(report.interval()) + ", " + report.bandDescription());
    }

    @Test
    void chartsTheBestOccupationsOutOfAllOfThem() throws IOException {
        int scored = scorer.rank(scorerProfile(), RankingRequest.top(1)).scored();
        assertThat(page).contains("Your best occupations, out of " + FactText.number(scored))
                .containsPattern("(<rect class=\"bar\"[^>]*>[\\s\\S]*){10}");
    }

    @Test
    void givesTheReasonsWithTheirSourcesAndListsTheSources() {
        Reason first = report.explanation().inFavour().isEmpty() ? report.explanation().against().get(0)
                : report.explanation().inFavour().get(0);

        String source = HtmlReport.esc(FactText.source(first.level().from().get(0).provenance()));

        assertThat(page).contains(HtmlReport.esc(first.summary()) + "<sup class=\"ref\"><a href=\"#src-1\">[1]</a>")
                .contains("<h2>Sources</h2>", "<li id=\"src-1\">" + source);
        assertThat(page.split(java.util.regex.Pattern.quote(source), -1)).as("each source is listed once").hasSize(2);
    }

    @Test
    void hasNextStepsAndReadiness() {
        assertThat(page).contains("<h2>Next steps</h2>", "<h2>Readiness and the way in</h2>");
    }

    @Test
    void isSelfContainedAndPrintsWell() {
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<style>", "@media print", "<svg")
                .doesNotContain("<script", "<link", "src=\"", "url(");
    }

    @Test
    void chartsThePersonAgainstTheBestOccupationsAndNamesTheBankAsEveryPageDoes() {
        assertThat(page).contains("<section class=\"card\" id=\"profile\">", "<circle ")
                .contains("question bank " + report.bank() + " " + report.bankVersion());
        String ranking = HtmlReport.render(null, scorer.rank(scorerProfile(), RankingRequest.top(5)),
                java.util.List.of(report));
        assertThat(ranking).contains("question bank " + report.bank() + " " + report.bankVersion());
    }

    static dev.careerfit.quiz.Person scorerProfile() {
        try {
            return scorer.person(QuizJson.readAnswers(answers, scorer));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void colourRulesAreMoreSpecificThanTheItemRuleAndCardsDoNotSplitInPrint() {
        assertThat(page).contains("ul.items > li.pro {", "ul.items > li.con {", "ul.items > li.deal {",
                "ul.items > li, tr, svg, li { break-inside: avoid; }");
    }

    @Test
    void escapesWhatItQuotes() {
        assertThat(HtmlReport.esc("<b> & \"x\" 'y'")).isEqualTo("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;");
    }
}
