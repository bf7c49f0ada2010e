package dev.careerfit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.careerfit.quiz.InterestProfilerResult;

/**
 * Any text given as O*NET Interest Profiler answers (`score --interest-profiler`). {@code parse} is a value
 * parser documented to throw {@code IllegalArgumentException} naming the wrong position, as
 * {@code Integer.parseInt} does; the CLI and the answers reader turn it into their one-line errors.
 */
class InterestProfilerFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void interestProfilerAnswers(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    /** The same target for Jazzer's standalone driver (the long run in docs/reliability.md). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        String digits = data.consumeRemainingAsString();
        Outcome.resultOrExplained(() -> InterestProfilerResult.parse(digits), IllegalArgumentException.class);
    }
}
