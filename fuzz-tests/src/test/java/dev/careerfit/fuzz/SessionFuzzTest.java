package dev.careerfit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.session.QuizSession;
import dev.careerfit.quiz.session.SessionState;

/** Any saved quiz session (what `careerfit quiz --resume` reads), read and resumed. */
class SessionFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void savedSession(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    /** The same target for Jazzer's standalone driver (the long run in docs/reliability.md). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        String content = data.consumeRemainingAsString();
        Outcome.resultOrExplained(() -> QuizSession.resume(AnswersFuzzTest.Scorer.INSTANCE,
                QuizJson.read(content, "session.json", SessionState.class)));
    }
}
