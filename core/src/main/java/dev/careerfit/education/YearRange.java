package dev.careerfit.education;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * How long something takes, in years, from {@code min} to {@code max} (equal for a fixed length).
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record YearRange(double min, double max) {
    public YearRange {
        Checks.inRange(min, 0, 50, "min years");
        Checks.inRange(max, 0, 50, "max years");
        if (max < min) {
            throw new IllegalArgumentException("max years " + Checks.fmt(max) + " is below min years " + Checks.fmt(min));
        }
    }

    public static YearRange of(double min, double max) {
        return new YearRange(min, max);
    }

    public static YearRange exactly(double years) {
        return new YearRange(years, years);
    }

    public YearRange plus(YearRange other) {
        return new YearRange(Math.min(50, min + other.min), Math.min(50, max + other.max));
    }

    @Override
    public String toString() {
        return min == max ? Checks.fmt(min) + " years" : Checks.fmt(min) + "-" + Checks.fmt(max) + " years";
    }
}
