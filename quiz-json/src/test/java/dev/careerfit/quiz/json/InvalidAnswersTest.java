package dev.careerfit.quiz.json;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.UnknownRoleException;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InvalidAnswersTest {
    private static FitScorer scorer;

    @BeforeAll
    static void scorerOverStubRoles() {
        scorer = GuidesFixture.scorer();
    }

    static Stream<Arguments> invalidAnswerFiles() {
        return Stream.of(
                Arguments.of("an unknown question id", """
                        {"format": "careerfit-answers/1", "bankVersion": "2.0",
                         "answers": [{"question": "pay.9", "value": 3}]}""",
                        "answers.json $.answers[0].question", "unknown question id 'pay.9'"),
                Arguments.of("a value above the scale", """
                        {"format": "careerfit-answers/1", "bankVersion": "2.0",
                         "answers": [{"question": "pay.1", "value": 7}]}""",
                        "answers.json $.answers[0].value", "question 'pay.1': 7 is not an allowed answer; use one of 1 to 5"),
                Arguments.of("a value below the scale", """
                        {"format": "careerfit-answers/1", "bankVersion": "2.0",
                         "answers": [{"question": "pay.importance", "value": 0}]}""",
                        "answers.json $.answers[0].value", "question 'pay.importance': 0 is not an allowed answer"),
                Arguments.of("a duplicate answer", """
                        {"format": "careerfit-answers/1", "bankVersion": "2.0",
                         "answers": [{"question": "pay.1", "value": 3}, {"question": "pay.1", "value": 4}]}""",
                        "answers.json $.answers[1].question", "question 'pay.1' is answered more than once (first at $.answers[0])"),
                Arguments.of("a different bank version", """
                        {"format": "careerfit-answers/1", "bankVersion": "0.9",
                         "answers": [{"question": "pay.1", "value": 3}]}""",
                        "answers.json $.bankVersion", "question bank version '0.9' but this is version '2.0'"),
                Arguments.of("an unknown role", """
                        {"format": "careerfit-answers/1", "bankVersion": "2.0", "role": "astronaut",
                         "answers": [{"question": "pay.1", "value": 3}]}""",
                        "answers.json $.role", "unknown role 'astronaut'"),
                Arguments.of("a value that is not a number", """
                        {"format": "careerfit-answers/1", "bankVersion": "2.0",
                         "answers": [{"question": "pay.1", "value": "agree"}]}""",
                        "answers.json $.answers[0].value (question 'pay.1')", "must be a whole number, \"not-sure\" or \"skip\""),
                Arguments.of("another format", """
                        {"format": "careerfit-answers/2", "bankVersion": "2.0", "answers": []}""",
                        "answers.json $.format", "must be 'careerfit-answers/1'"),
                Arguments.of("an Interest Profiler string of the wrong length", """
                        {"format": "careerfit-answers/1", "bankVersion": "2.0", "interestProfiler": "12345"}""",
                        "answers.json $.interestProfiler", "has 60 digits (one per item, 1-5), this one has 5"),
                Arguments.of("an Interest Profiler score out of range", """
                        {"format": "careerfit-answers/1", "bankVersion": "2.0",
                         "interestProfiler": {"realistic": 12, "investigative": 41, "artistic": 0, "social": 0,
                                              "enterprising": 0, "conventional": 0}}""",
                        "answers.json $.interestProfiler", "must be between 0 and 40, was 41"),
                Arguments.of("a misspelt field", """
                        {"format": "careerfit-answers/1", "bankVersion": "2.0",
                         "answers": [{"question": "pay.1", "valeu": 3}]}""",
                        "answers.json $.answers[0]", "unknown field 'valeu'"));
    }

    @ParameterizedTest(name = "rejects {0}")
    @MethodSource("invalidAnswerFiles")
    void rejectsAnswersFilesNamingThePlaceAndTheQuestion(String what, String json, String where, String message) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> QuizJson.readAnswers(json, "answers.json", scorer));

        assertThat(e).isNotNull();
        assertThat(e.subject()).isEqualTo("answers.json");
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo(where);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void listsEveryProblemInOneException() {
        String yaml = """
                format: careerfit-answers/1
                bankVersion: "0.9"
                role: astronaut
                answers:
                  - {question: pay.1, value: 3}
                  - {question: pay.1, value: 9}
                  - {question: nonsense, value: 2}
                  - {question: maths-intensity.2, value: not-sure}
                  - {question: maths-intensity.3, value: [1]}
                """;

        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> QuizJson.readAnswers(yaml, "me.yaml", scorer));

        assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder(
                "me.yaml $.answers[4].value (question 'maths-intensity.3')", "me.yaml $.bankVersion", "me.yaml $.role",
                "me.yaml $.answers[1].question", "me.yaml $.answers[1].value", "me.yaml $.answers[2].question");
        assertThat(e.getMessage()).startsWith("me.yaml: 6 problems:");
    }

    @Test
    void rejectsAnswersBuiltInJavaTheSameWay() {
        Answers answers = Answers.builder(scorer.bank()).answer(QuestionId.of("pay.1"), 6).answer(QuestionId.of("pay.1"), 2)
                .answer(QuestionId.of("who.1"), 3).build();

        assertThatThrownBy(() -> scorer.person(answers)).isInstanceOf(InvalidDataException.class)
                .extracting(e -> ((InvalidDataException) e).problems().stream().map(Problem::where).toList())
                .isEqualTo(List.of("$.answers[0].value", "$.answers[1].question", "$.answers[2].question"));
    }

    @Test
    void rejectsARoleToRankThatIsNotInTheCatalogNamingIt() {
        Answers.Builder b = Answers.builder(scorer.bank());
        scorer.bank().questions().stream().filter(q -> q.kind() == QuestionKind.AGREEMENT).limit(12)
                .forEach(q -> b.answer(q.id(), 4));
        Person person = scorer.person(b.build());

        assertThatThrownBy(() -> scorer.rank(person, RankingRequest.builder().roles(RoleId.of("ml-engineer"),
                RoleId.of("astronaut")).build())).isInstanceOf(UnknownRoleException.class)
                .hasMessageContaining("astronaut");
    }

    @Test
    void answersSavedForTheEarlierBankLoadWithANoteOnWhatIsNoLongerAsked() {
        StringBuilder given = new StringBuilder();
        for (String factor : List.of("pay", "maths-intensity", "pressure")) {
            for (int i = 1; i <= 4; i++) {
                given.append("{\"question\": \"").append(factor).append('.').append(i).append("\", \"value\": ")
                        .append(i % 2 == 0 ? 4 : 2).append("}, ");
            }
        }
        String json = "{\"format\": \"careerfit-answers/1\", \"bank\": \"careerfit-standard\", \"bankVersion\": \"1.0\", "
                + "\"answers\": [" + given + "{\"question\": \"retired.1\", \"value\": 2}]}";

        Answers answers = QuizJson.readAnswers(json, "answers.json", scorer);
        Ranking ranking = scorer.rank(scorer.person(answers), RankingRequest.all());

        assertThat(ranking.notes()).anySatisfy(n -> assertThat(n).contains("1 answer is to questions that question bank "
                + "2.0 no longer asks (from version 1.0); it is not used"));
        assertThat(ranking.profile()).extracting(s -> s.dimension().value()).contains("pay", "maths-intensity");
    }

    @Test
    void reportsASyntaxErrorWithItsLine() {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class,
                () -> QuizJson.readAnswers("{\"format\": \"careerfit-answers/1\",\n \"answers\": [}", "bad.json", scorer));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.where()).startsWith("bad.json:2:"));
    }
}
