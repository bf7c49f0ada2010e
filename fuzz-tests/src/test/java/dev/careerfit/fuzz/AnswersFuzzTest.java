package dev.careerfit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.json.QuizJson;

/** Any answers document, JSON or YAML (`score --answers`), checked against the built-in bank and catalog. */
class AnswersFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void answersDocument(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    /** The same target for Jazzer's standalone driver (the long run in docs/reliability.md). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        String name = data.consumeBoolean() ? "answers.yaml" : "answers.json";
        String content = data.consumeRemainingAsString();
        Outcome.resultOrExplained(() -> QuizJson.readAnswers(content, name, Scorer.INSTANCE));
    }

    /** Built once per JVM: the built-in bank over whatever providers are on the class path. */
    static final class Scorer {
        static final FitScorer INSTANCE = FitScorers.create(CareerCatalog.builder().build());
    }
}
