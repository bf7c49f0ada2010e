package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import java.util.Locale;

/**
 * How well a role fits, in words. A report gives a band only when its whole interval lies in it; the
 * thresholds are in {@code ScoringSettings} (by default strong from 70, good from 60, mixed from 45).
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum Band {
    STRONG, GOOD, MIXED, WEAK;

    /** Lower case, for sentences: "strong". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
