package dev.careerfit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.careerfit.quiz.json.QuestionDocuments;

/** Any question document a provider ships, read alongside the built-in bank. */
class QuestionDocumentFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void questionDocument(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    /** The same target for Jazzer's standalone driver (the long run in docs/reliability.md). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        String name = data.consumeBoolean() ? "questions.yaml" : "questions.json";
        byte[] content = data.consumeRemainingAsBytes();
        Outcome.resultOrExplained(() -> QuestionDocuments.builtInWith(Outcome.file(name, content)));
    }
}
