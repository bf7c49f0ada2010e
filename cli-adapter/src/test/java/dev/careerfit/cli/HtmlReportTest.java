package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.QuizJson;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Reason;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report: one self-contained page holding the score, every role, the reasons and their sources. */
class HtmlReportTest {
    @TempDir
    Path dir;

    Path answers;
    FitScorer scorer;
    FitReport report;
    String page;

    @BeforeEach
    void writeThePage() throws IOException {
        scorer = FitScorers.create(CareerCatalog.builder().build());
        answers = QuizKeys.answersFile(dir.resolve("answers.json"), scorer, "ml-engineer");
        report = scorer.score(QuizJson.readAnswers(answers, scorer), "ml-engineer");
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
    void comparesEveryRoleInABarChart() {
        assertThat(page).contains("How the roles compare")
                .contains(">Machine Learning Engineer</text>", ">Data Scientist</text>", ">AI Engineer</text>")
                .containsPattern("(<rect class=\"bar\"[^>]*>[\\s\\S]*){3}");
    }

    @Test
    void givesTheReasonsWithTheirSourcesAndListsTheSources() {
        Reason first = report.inFavour().isEmpty() ? report.against().get(0) : report.inFavour().get(0);

        assertThat(page).contains(HtmlReport.esc(first.summary()))
                .contains("Source: " + HtmlReport.esc(FactText.source(first.fact().provenance())))
                .contains("<h2>Sources</h2>", HtmlReport.esc(first.fact().provenance().source().publisher()));
    }

    @Test
    void hasNextStepsAndSkillGaps() {
        assertThat(page).contains("<h2>Next steps</h2>", "<h2>Skills and the way in</h2>");
    }

    @Test
    void isSelfContainedAndPrintsWell() {
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<style>", "@media print", "<svg")
                .doesNotContain("<script", "<link", "src=\"", "url(");
    }

    @Test
    void escapesWhatItQuotes() {
        assertThat(HtmlReport.esc("<b> & \"x\" 'y'")).isEqualTo("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;");
    }
}
