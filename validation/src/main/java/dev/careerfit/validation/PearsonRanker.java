package dev.careerfit.validation;

import java.util.Arrays;

/**
 * O*NET's interest matching as My Next Move applies it: the Pearson correlation of the person's six area
 * scores with each occupation's six interest ratings, best first, ties broken by code; optionally only
 * among occupations in the given job zones.
 */
public final class PearsonRanker implements Ranker {
    private final Occupations occupations;
    private final boolean[] allowed;
    private final String name;

    private PearsonRanker(Occupations occupations, int minimumZone, String name) {
        this.occupations = occupations;
        this.name = name;
        this.allowed = new boolean[occupations.size()];
        for (int o = 0; o < allowed.length; o++) {
            allowed[o] = occupations.jobZone[o] >= minimumZone;
        }
    }

    /** Among every occupation with interest ratings. */
    public static PearsonRanker all(Occupations occupations) {
        return new PearsonRanker(occupations, 0, "Pearson, all occupations");
    }

    /** Among occupations in job zone 4 or 5: what My Next Move shows a person with a bachelor's degree. */
    public static PearsonRanker jobZone4And5(Occupations occupations) {
        return new PearsonRanker(occupations, 4, "Pearson, job zone 4-5");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int[][] top(Taker person, int limit) {
        double[] r = correlations(occupations, person.scores());
        Integer[] order = new Integer[r.length];
        int n = 0;
        for (int o = 0; o < r.length; o++) {
            if (allowed[o]) {
                order[n++] = o;
            }
        }
        Integer[] ranked = Arrays.copyOf(order, n);
        Arrays.sort(ranked, (a, b) -> r[a] != r[b] ? Double.compare(r[b], r[a]) : Integer.compare(a, b));
        int[][] top = new int[Math.min(limit, n)][];
        for (int i = 0; i < top.length; i++) {
            top[i] = new int[] {ranked[i]};
        }
        return top;
    }

    /** Pearson r of {@code scores} with every occupation's six ratings; 0 where either side has no spread. */
    static double[] correlations(Occupations occupations, int[] scores) {
        double mean = 0;
        for (int s : scores) {
            mean += s / 6.0;
        }
        double[] p = new double[6];
        double norm = 0;
        for (int a = 0; a < 6; a++) {
            p[a] = scores[a] - mean;
            norm += p[a] * p[a];
        }
        double[] r = new double[occupations.size()];
        if (norm == 0) {
            return r;
        }
        norm = Math.sqrt(norm);
        for (int o = 0; o < r.length; o++) {
            double[] y = occupations.interests[o];
            double ym = (y[0] + y[1] + y[2] + y[3] + y[4] + y[5]) / 6;
            double dot = 0;
            double yy = 0;
            for (int a = 0; a < 6; a++) {
                double c = y[a] - ym;
                dot += p[a] * c;
                yy += c * c;
            }
            r[o] = yy == 0 ? 0 : dot / (norm * Math.sqrt(yy));
        }
        return r;
    }
}
