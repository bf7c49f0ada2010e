package dev.careerfit.quiz.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.batch.SamplePopulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-pass reader gives the answers the tree reader gives for every document of the plain shape, and leaves
 * every other document to it (null), so that {@code QuizJson.readAnswers} reads a file the same either way.
 */
class OnePassAnswersTest {
    static FitScorer scorer;
    static OnePassAnswers reader;

    @BeforeAll
    static void scorer() {
        scorer = GuidesFixture.scorer();
        reader = new OnePassAnswers(scorer.bank());
    }

    /** A generated person's answers document: the batch line without its id. */
    private static String document(int index) {
        String line = new SamplePopulation(scorer.bank()).line(index, 3, 0);
        return "{" + line.substring(line.indexOf("\"format\""));
    }

    @Test
    void plainDocumentsReadAsTheTreeReaderReadsThem() {
        for (int i = 0; i < 50; i++) {
            String doc = i % 2 == 0 ? document(i) : document(i).replace(",", " ,\n  ").replace("{\"format\"",
                    "{\"role\": \"ml-engineer\", \"format\"");
            OnePassAnswers.Read read = reader.read(doc, false);

            assertThat(read).as(doc).isNotNull();
            assertThat(read.person()).isNull();
            assertThat(read.answers()).isEqualTo(QuizJson.readAnswers(doc, "me.json"))
                    .isEqualTo(QuizJson.readAnswers(doc, "me.json", scorer));
        }
    }

    @Test
    void anythingElseIsLeftToTheTreeReader() {
        String doc = document(1);
        String body = doc.substring(1);
        for (String other : new String[] {
                "{\"person\": \"p1\", " + body,
                "{\"interestProfiler\": {\"realistic\": 20}, " + body,
                "{\"colour\": 1, " + body,
                "{\"format\": \"careerfit-answers/1\", " + body,
                doc.replace("\"bankVersion\":\"" + scorer.bank().version() + "\"", "\"bankVersion\":\"0.9\""),
                doc.replaceFirst("\"question\":\"[^\"]+\"", "\"question\":\"no-such.question\""),
                doc.replaceFirst("\"value\":\\d", "\"value\":9"),
                doc.replaceFirst("\"value\":\\d", "\"value\":\"maybe\""),
                doc.substring(0, doc.length() / 2),
                doc + " {}"}) {
            assertThat(reader.read(other, false)).as(other).isNull();
        }
        Answers withId = reader.read("{\"person\": 7, " + body, true).answers();
        assertThat(reader.read("{\"person\": 7, " + body, true).person()).isEqualTo("7");
        assertThat(withId).isEqualTo(QuizJson.readAnswers(doc, "me.json"));
    }
}
