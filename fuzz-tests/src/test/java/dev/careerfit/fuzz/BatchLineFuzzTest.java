package dev.careerfit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.json.PersonLines;

/**
 * Any line of {@code careerfit batch}'s input: the person id found and cut out of the line by the streaming parser,
 * then what is left read as an answers document and checked against the built-in bank and catalog.
 */
class BatchLineFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void batchLine(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    /** The same target for Jazzer's standalone driver. */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        String line = data.consumeRemainingAsString();
        Outcome.resultOrExplained(() -> {
            PersonLines.PersonLine read = PersonLines.read(line, "people.jsonl:1");
            QuizJson.readAnswers(read.answers(), "people.jsonl:1", AnswersFuzzTest.Scorer.INSTANCE);
        });
    }
}
