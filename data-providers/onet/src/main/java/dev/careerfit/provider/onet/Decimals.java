package dev.careerfit.provider.onet;

import dev.careerfit.release.BadValueException;
import dev.careerfit.release.SnapshotInput;
import dev.careerfit.release.SnapshotOutput;

/**
 * Numbers kept exactly as the release writes them: the digits and the number of decimal places,
 * packed into one long ({@code 4.12} is 412 with 2 places). A later release that publishes three
 * places still reads, and the value decoded from a snapshot is the double that parsing the text
 * gives, so a figure never changes on its way through careerfit.
 */
final class Decimals {
    /** A packed value holds its places in the low 4 bits. */
    static final int MAX_PLACES = 15;
    /** Keeps the digits, shifted by 4 bits, inside a long. */
    private static final int MAX_DIGITS = 17;
    private static final double[] POWERS = new double[MAX_PLACES + 1];

    static {
        double p = 1;
        for (int i = 0; i <= MAX_PLACES; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private Decimals() {}

    /**
     * Reads a decimal such as {@code 4.12}, {@code -1.42} or {@code 28}.
     *
     * @throws BadValueException naming {@code column} when the text is not such a number
     */
    static long parse(String text, String column) {
        int i = 0;
        int n = text.length();
        boolean negative = false;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long digits = 0;
        int count = 0;
        int places = -1;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && places < 0) {
                places = 0;
            } else if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (places >= 0) {
                    places++;
                }
            } else {
                throw new BadValueException(column, "'" + text + "' is not a number");
            }
        }
        if (count == 0 || places == 0) {
            throw new BadValueException(column, "'" + text + "' is not a number");
        }
        if (count > MAX_DIGITS || places > MAX_PLACES) {
            throw new BadValueException(column, "'" + text + "' has more digits than careerfit keeps ("
                    + MAX_DIGITS + " digits, " + MAX_PLACES + " decimal places)");
        }
        return pack(negative ? -digits : digits, Math.max(places, 0));
    }

    static long pack(long unscaled, int places) {
        return (unscaled << 4) | places;
    }

    /** The value: the double nearest the decimal, as {@link Double#parseDouble} gives it. */
    static double value(long packed) {
        return (packed >> 4) / POWERS[(int) (packed & 0xF)];
    }

    static Double value(Long packed) {
        return packed == null ? null : value(packed.longValue());
    }

    static void write(SnapshotOutput out, long packed) {
        out.signedLong(packed);
    }

    static long read(SnapshotInput in) {
        return in.signedLong();
    }

    static void writeOptional(SnapshotOutput out, Long packed) {
        if (packed == null) {
            out.varLong(0);
        } else {
            long p = packed;
            out.varLong(((p << 1) ^ (p >> 63)) + 1);
        }
    }

    static Double readOptional(SnapshotInput in) {
        long v = in.varLong();
        if (v == 0) {
            return null;
        }
        v -= 1;
        return value((v >>> 1) ^ -(v & 1));
    }
}
