package dev.careerfit.quiz;

import java.util.Locale;

/** Rounding and formatting shared by the scorer, so that reports compare equal and read alike. */
final class Numbers {
    private Numbers() {}

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** {@code +0.83} or {@code -0.50}. */
    static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    /** Signed with one decimal: {@code +2.3}, {@code -0.4}. */
    static String signed1(double v) {
        return String.format(Locale.ROOT, "%+.1f", round1(v) == 0 ? 0.0 : v);
    }

    /** One decimal, e.g. {@code 74.8} or {@code 75.0}. */
    static String one(double v) {
        double r = round1(v);
        return Double.toString(r == 0 ? 0 : r);
    }

    /**
     * Points in words, rounded to one decimal without a needless {@code .0}, with the right plural:
     * {@code +1 point}, {@code +2 points}, {@code -0.4 points}; unsigned when {@code signed} is false.
     */
    static String points(double v, boolean signed) {
        double r = round1(v) == 0 ? 0 : round1(v);
        String number = compact(Math.abs(r));
        String sign = !signed || r == 0 ? (r < 0 ? "-" : "") : r > 0 ? "+" : "-";
        return sign + number + (Math.abs(r) == 1 ? " point" : " points");
    }

    /** 4 or 3.5. */
    static String compact(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** The standard normal distribution function, by the Abramowitz-Stegun 7.1.26 approximation (error below 1e-7). */
    static double normalCdf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.sqrt(2));
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1 - poly * Math.exp(-x * x / 2);
        return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
    }
}
