package dev.careerfit.provider.onet;

import static dev.careerfit.provider.onet.OnetFiles.DATA_VALUE;
import static dev.careerfit.provider.onet.OnetFiles.ELEMENT_ID;
import static dev.careerfit.provider.onet.OnetFiles.JOB_ZONE;
import static dev.careerfit.provider.onet.OnetFiles.LOWER_CI;
import static dev.careerfit.provider.onet.OnetFiles.UPPER_CI;

import dev.careerfit.provider.onet.ImportedRelease.Occupation;
import dev.careerfit.provider.onet.ImportedRelease.Scale;
import dev.careerfit.release.BadValueException;
import dev.careerfit.release.TextTable;
import java.util.Map;

/**
 * How the numbers of an O*NET row are read and checked, the same in every file: a value within its
 * scale, counts and errors that are not negative, a confidence interval in order, a job zone from 1 to 5,
 * and one row for what one row should say. A bad value is a {@link BadValueException} naming the column.
 */
final class RowValues {
    private RowValues() {}

    /** The row's Data Value, within its scale's bounds. */
    static long value(TextTable.Row row, Scale scale) {
        long value = Decimals.parse(row.required(DATA_VALUE), DATA_VALUE);
        double v = Decimals.value(value);
        if (v < Decimals.value(scale.minimum()) || v > Decimals.value(scale.maximum())) {
            throw new BadValueException(DATA_VALUE, row.text(DATA_VALUE) + " is outside scale " + scale.id() + " ("
                    + scale.name() + ", " + plain(scale.minimum()) + " to " + plain(scale.maximum()) + ")");
        }
        return value;
    }

    static String plain(long packed) {
        double v = Decimals.value(packed);
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static Integer count(TextTable.Row row, String column) {
        Integer n = row.optionalInteger(column);
        if (n != null && n < 0) {
            throw new BadValueException(column, n + " must not be negative");
        }
        return n;
    }

    static Long nonNegative(TextTable.Row row, String column) {
        String t = row.optional(column);
        if (t == null) {
            return null;
        }
        long v = Decimals.parse(t, column);
        if (Decimals.value(v) < 0) {
            throw new BadValueException(column, t + " must not be negative");
        }
        return v;
    }

    /** The confidence interval's bounds, lower first; either may be {@code null}. */
    static Long[] interval(TextTable.Row row) {
        String lo = row.optional(LOWER_CI);
        String hi = row.optional(UPPER_CI);
        Long lower = lo == null ? null : Decimals.parse(lo, LOWER_CI);
        Long upper = hi == null ? null : Decimals.parse(hi, UPPER_CI);
        if (lower != null && upper != null && Decimals.value(lower) > Decimals.value(upper)) {
            throw new BadValueException(UPPER_CI, "upper bound " + hi + " is below the lower bound " + lo);
        }
        return new Long[] {lower, upper};
    }

    static int zone(TextTable.Row row) {
        int zone = row.integer(JOB_ZONE);
        if (zone < 1 || zone > 5) {
            throw new BadValueException(JOB_ZONE, "job zone " + zone + " must be from 1 to 5");
        }
        return zone;
    }

    /** Rejects a second rating of one element on one scale for an occupation. */
    static void oncePer(Map<String, Integer> seen, Occupation o, String element, Scale scale, TextTable.Row row) {
        once(seen, o.code + "\t" + element + "\t" + scale.id(), row, ELEMENT_ID,
                "a value of " + element + " on scale " + scale.id());
    }

    /** Rejects a second row for what one row should say; names the line of the first. */
    static void once(Map<String, Integer> seen, String key, TextTable.Row row, String column, String what) {
        Integer first = seen.putIfAbsent(key, row.line());
        if (first != null) {
            throw new BadValueException(column, what + " again for this occupation (first on line " + first
                    + ", which is kept)");
        }
    }
}
