package dev.careerfit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.careerfit.CareerfitException;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.batch.BatchScorer;
import dev.careerfit.quiz.json.OnePassAnswers;
import dev.careerfit.quiz.json.PersonLines;
import dev.careerfit.quiz.json.QuizJson;
import java.util.List;
import java.util.Objects;

/**
 * A line of {@code careerfit batch}'s input through the one-pass reader ({@link OnePassAnswers}), which the batch
 * tries first, against the full readers it falls back on ({@link PersonLines}, then {@code QuizJson.readAnswers}):
 * whenever the one-pass reader takes a line, the full readers must take it too and give the same person and the
 * same answers; and the batch's outcome for the line (its rows, or its error) must be what the full readers alone
 * give. A line the one-pass reader leaves (null) is the full readers' alone, so its error is theirs word for word.
 */
class OnePassLineFuzzTest {
    private static final String SOURCE = "people.jsonl";
    private static final long LINE = 1;
    private static final String WHERE = SOURCE + ":" + LINE;

    @FuzzTest(maxDuration = "10s")
    void onePassLine(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    /** The same target for Jazzer's standalone driver. */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        String line = data.consumeRemainingAsString();
        OnePassAnswers.Read fast = Batch.READER.read(line, true);
        BatchScorer.Outcome batch = Batch.SCORER.scoreLine(line, SOURCE, LINE);
        PersonLines.PersonLine read;
        try {
            read = PersonLines.read(line, WHERE);
        } catch (CareerfitException e) {
            // No person and answers to be had: the one-pass reader must have left the line, and the batch refuse it.
            if (fast != null || !batch.failed()) {
                throw new AssertionError("a line the full reader cannot split (" + e.getMessage() + ") was taken: "
                        + fast + ", " + batch, e);
            }
            return;
        }
        if (fast != null) {
            Answers answers;
            try {
                answers = QuizJson.readAnswers(read.answers(), WHERE);
            } catch (CareerfitException e) {
                throw new AssertionError("the one-pass reader took a line the full reader refuses: " + e.getMessage(), e);
            }
            if (!fast.person().equals(read.person())) {
                throw new AssertionError("person " + fast.person() + " read in one pass, " + read.person() + " in full");
            }
            if (!fast.answers().equals(answers)) {
                throw new AssertionError("the answers differ: " + fast.answers() + " in one pass, " + answers
                        + " in full");
            }
        }
        BatchScorer.Outcome full = Batch.SCORER.scoreDocument(read.person(), read.answers(), SOURCE, LINE);
        if (!batch.rows().equals(full.rows()) || !Objects.equals(batch.error(), full.error())) {
            throw new AssertionError("the batch gives " + batch + " for the line, the full readers " + full);
        }
    }

    /** Built once per JVM: the batch over the built-in bank and catalog, and its one-pass reader. */
    private static final class Batch {
        static final BatchScorer SCORER = new BatchScorer(AnswersFuzzTest.Scorer.INSTANCE, BatchScorer.DEFAULT_TOP,
                List.of());
        static final OnePassAnswers READER = new OnePassAnswers(SCORER.scorer().bank());
    }
}
