package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import java.util.Locale;

/**
 * The range a score (0 to 100) or a difference of scores is likely to lie in: it holds the true score for
 * the share of people the report states (90% by default) under the noise model of docs/scoring.md,
 * "Interval".
 *
 * @param low  lower end
 * @param high upper end, not below {@code low}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record FitInterval(double low, double high) {
    public FitInterval {
        if (Double.isNaN(low) || Double.isNaN(high) || high < low) {
            throw new IllegalArgumentException("interval high " + high + " must not be below low " + low);
        }
    }

    public double width() {
        return high - low;
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    /** Whether this interval lies within {@code other}. */
    public boolean within(FitInterval other) {
        return low >= other.low && high <= other.high;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f-%.1f", low, high);
    }
}
