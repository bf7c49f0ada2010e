package dev.careerfit.quiz;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.RoleComparison;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class ReportJsonTest {
    private static FitScorer scorer;
    private static Answers answers;

    @BeforeAll
    static void scoreSomeone() {
        scorer = FitScorers.create(CareerCatalog.builder().strict(true).build());
        answers = RandomAnswers.of(scorer.bank(), new Random(5)).withRole("ml-engineer");
    }

    @Test
    void aReportSurvivesAJsonRoundTrip() {
        FitReport report = scorer.score(answers);

        String json = QuizJson.toJson(report);
        FitReport back = QuizJson.read(json, "report.json", FitReport.class);

        assertThat(back).isEqualTo(report);
        assertThat(QuizJson.toJson(back)).isEqualTo(json);
        assertThat(json).contains("\"format\" : \"careerfit-fit-report/3\"", "\"role\" : \"ml-engineer\"",
                "\"basis\" : \"careerfit's reading of the source's words on how much of it the role has", "\"reading\" : {");
    }

    @Test
    void aReportSurvivesAYamlRoundTrip() {
        FitReport report = scorer.score(answers);

        assertThat(QuizJson.read(QuizJson.toYaml(report), "report.yaml", FitReport.class)).isEqualTo(report);
    }

    @Test
    void aComparisonSurvivesAJsonRoundTrip() {
        RoleComparison comparison = scorer.compareAll(answers);

        assertThat(QuizJson.read(QuizJson.toJson(comparison), "ranking.json", RoleComparison.class))
                .isEqualTo(comparison);
    }

    @Test
    void answersAreWrittenAndReadBackAsJsonAndYamlFiles(@TempDir Path dir) throws Exception {
        for (String name : List.of("me.json", "me.yaml")) {
            Path file = dir.resolve(name);
            QuizJson.write(file, answers);

            assertThat(QuizJson.readAnswers(file, scorer)).isEqualTo(answers);
        }
        assertThat(Files.readString(dir.resolve("me.yaml"))).contains("format: careerfit-answers/1",
                "value: not-sure", "value: skip");
    }

    @Test
    void oneScorerServesManyThreadsWithTheSameResults() {
        String expected = QuizJson.toJson(scorer.score(answers));

        List<String> reports = IntStream.range(0, 64).parallel()
                .mapToObj(i -> QuizJson.toJson(scorer.score(answers))).toList();

        assertThat(reports).containsOnly(expected);
    }
}
