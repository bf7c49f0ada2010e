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
    void showsTheScoreAndHowSureAtTheRankNotAsAnInterval() {
        assertThat(page).contains("<h1>Your best occupations, out of ")
                .contains(String.format(java.util.Locale.ROOT, "%.1f / 100", report.score()))
                .doesNotContain(String.format(java.util.Locale.ROOT, "likely %.1f to %.1f", report.interval().low(),
                        report.interval().high()));
    }

    @Test
    void chartsTheBestOccupationsWithHowOftenEachStaysInTheTop10() {
        assertThat(page).containsPattern("(<ol class=\"ranking\">[\\s\\S]*){1}")
                .containsPattern("(<svg class=\"meter\"[^>]*>[\\s\\S]*){10}")
                .containsPattern("(top 10: \\d+%[\\s\\S]*){10}");
    }

    @Test
    void givesTheReasonsWithTheirSourcesAndListsEachSourceOnce() {
        Reason first = report.explanation().inFavour().get(0);

        assertThat(page).contains(first.summary().replace("'", "&#39;") + " ")
                .contains("<a class=\"ref\" href=\"#src-1\">[1]</a>", "<li id=\"src-1\" value=\"1\">");
        java.util.List<String> sources = java.util.regex.Pattern.compile("<li id=\"src-\\d+\" value=\"\\d+\">([^<]*)")
                .matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(sources).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void hasNextStepsAndReadiness() {
        assertThat(page).contains(">Next steps</h3>", ">Readiness and the way in (apart from the fit)</h3>");
    }

    @Test
    void isSelfContainedAndPrintsWell() {
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<style>", "@media print", "<svg")
                .doesNotContain("<script", "<link", "src=\"", "url(", "style=\"");
    }

    static dev.careerfit.quiz.Person scorerProfile() {
        try {
            return scorer.person(QuizJson.readAnswers(answers, scorer));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
