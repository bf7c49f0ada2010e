package dev.careerfit.quiz.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.quiz.session.QuizSession;
import dev.careerfit.quiz.session.SessionState;
import dev.careerfit.role.RoleId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports, rankings, answers and sessions written as JSON or YAML read back equal, on the guides' roles. */
class ReportJsonTest {
    private static FitScorer scorer;
    private static Answers answers;
    private static Person person;

    @BeforeAll
    static void scoreSomeone() {
        scorer = GuidesFixture.scorer();
        answers = GuidesFixture.answers(5, 5).withRole(RoleId.of("ml-engineer"));
        person = scorer.person(answers);
    }

    private static FitReport report() {
        return scorer.report(person, answers.role().orElseThrow());
    }

    @Test
    void aReportSurvivesAJsonRoundTrip() {
        FitReport report = report();

        String json = QuizJson.toJson(report);
        FitReport back = QuizJson.read(json, "report.json", FitReport.class);

        assertThat(back).isEqualTo(report);
        assertThat(QuizJson.toJson(back)).isEqualTo(json);
        assertThat(json).contains("\"format\" : \"careerfit-fit-report/4\"", "\"role\" : \"ml-engineer\"",
                "\"family\" : \"WORK_FACTOR\"", "\"basis\" : \"careerfit's reading of the source's words on how much of it the role has", "\"reading\" : {");
    }

    @Test
    void aReportSurvivesAYamlRoundTrip() {
        FitReport report = report();

        assertThat(QuizJson.read(QuizJson.toYaml(report), "report.yaml", FitReport.class)).isEqualTo(report);
    }

    @Test
    void aRankingSurvivesAJsonRoundTrip() {
        Ranking ranking = scorer.rank(person, RankingRequest.all());

        String json = QuizJson.toJson(ranking);

        assertThat(QuizJson.read(json, "ranking.json", Ranking.class)).isEqualTo(ranking);
        assertThat(json).contains("\"format\" : \"careerfit-ranking/1\"", "\"stance\" : \"");
    }

    @Test
    void answersAreWrittenAndReadBackAsJsonAndYamlFiles(@TempDir Path dir) throws Exception {
        for (String name : List.of("me.json", "me.yaml")) {
            Path file = dir.resolve(name);
            QuizJson.write(file, answers);

            assertThat(QuizJson.readAnswers(file, scorer)).isEqualTo(answers);
        }
        assertThat(Files.readString(dir.resolve("me.yaml"))).contains("format: careerfit-answers/1",
                "value: not-sure", "value: skip", "role: ml-engineer");
    }

    @Test
    void aSessionSavedAsJsonResumesWithTheSameNextQuestionAndReport() {
        QuizSession quiz = QuizSession.builder(scorer).role(RoleId.of("data-scientist")).start();
        Random random = new Random(11);
        for (int i = 0; i < 30; i++) {
            switch (random.nextInt(6)) {
                case 0 -> quiz.skip();
                case 1 -> quiz.notSure();
                default -> quiz.answer(quiz.current().orElseThrow().options().get(random.nextInt(5)).value());
            }
        }
        quiz.back();

        String json = QuizJson.toJson(quiz.save());
        QuizSession resumed = QuizSession.resume(scorer, QuizJson.read(json, "session.json", SessionState.class));

        assertThat(json).contains("\"format\" : \"careerfit-session/1\"", "\"role\" : \"data-scientist\"");
        assertThat(resumed.current()).isEqualTo(quiz.current());
        assertThat(resumed.report()).isEqualTo(quiz.report());
    }

    @Test
    void oneScorerServesManyThreadsWithTheSameResults() {
        String expected = QuizJson.toJson(report());

        List<String> reports = IntStream.range(0, 64).parallel()
                .mapToObj(i -> QuizJson.toJson(scorer.report(scorer.person(answers), answers.role().orElseThrow())))
                .toList();

        assertThat(reports).containsOnly(expected);
    }
}
