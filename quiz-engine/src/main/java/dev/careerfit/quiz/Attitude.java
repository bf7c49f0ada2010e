package dev.careerfit.quiz;

import dev.careerfit.quiz.report.FactorStatus;

/**
 * A person's attitude to one factor, from the item scores of its answered agreement questions
 * (docs/scoring.md, "Attitude" and "Interval").
 *
 * @param status   whether it counts
 * @param answered item scores it is based on
 * @param items    agreement questions the bank has on the factor
 * @param mean     a: mean item score, -1..1 (0 unless scored)
 * @param meanLow  lowest mean over all items if the open ones were answered -1: (sum - m) / N
 * @param meanHigh highest such mean, the open ones answered 1: (sum + m) / N
 * @param seLow    standard error used below, capped so that meanLow - z seLow stays at or above -1
 * @param seHigh   standard error used above, capped so that meanHigh + z seHigh stays at or below 1
 */
record Attitude(FactorStatus status, int answered, int items, double mean, double meanLow, double meanHigh,
                double seLow, double seHigh) {

    static Attitude of(double[] scores, int items, ScoringSettings settings) {
        int n = scores.length;
        if (items == 0) {
            return new Attitude(FactorStatus.NO_QUESTIONS, 0, 0, 0, -1, 1, 0, 0);
        }
        if (n < settings.minimumAnswers()) {
            return new Attitude(FactorStatus.NOT_ENOUGH_ANSWERS, n, items, 0, -1, 1, 0, 0);
        }
        double sum = 0;
        for (double s : scores) {
            sum += s;
        }
        int open = items - n;
        double meanLow = (sum - open) / items;
        double meanHigh = (sum + open) / items;
        double se = worstStandardError(scores, sum, items, open, settings.itemNoiseFloor());
        double z = settings.z();
        return new Attitude(FactorStatus.SCORED, n, items, sum / n, meanLow, meanHigh,
                Math.min(se, (meanLow + 1) / z), Math.min(se, (1 - meanHigh) / z));
    }

    /**
     * The largest standard error of the mean over every way of answering the open items. The spread is
     * convex in the open answers, so the largest lies at a corner: k open items answered -1 and the rest
     * 1. Taking the worst case keeps the interval from narrowing when an answer is withdrawn.
     */
    private static double worstStandardError(double[] scores, double sum, int items, int open, double floor) {
        double worst = 0;
        for (int k = 0; k <= open; k++) {
            double mean = (sum - k + (open - k)) / items;
            double squares = k * (-1 - mean) * (-1 - mean) + (open - k) * (1 - mean) * (1 - mean);
            for (double s : scores) {
                squares += (s - mean) * (s - mean);
            }
            double sd = items > 1 ? Math.sqrt(squares / (items - 1)) : 0;
            worst = Math.max(worst, Math.max(sd, floor) / Math.sqrt(items));
        }
        return worst;
    }

    boolean scored() {
        return status == FactorStatus.SCORED;
    }

    /** Lower end of the attitude's interval: meanLow - z seLow, or -1 when not scored. */
    double low(double z) {
        return scored() ? meanLow - z * seLow : -1;
    }

    /** Upper end of the attitude's interval: meanHigh + z seHigh, or 1 when not scored. */
    double high(double z) {
        return scored() ? meanHigh + z * seHigh : 1;
    }
}
