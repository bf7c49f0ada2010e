package dev.careerfit.validation;

import java.util.List;

/**
 * Hit counts for one method on one part of the data: per field, how many people have an occupation of their
 * field within the top 10, 20 and 50 positions of the method's ranking.
 */
public final class HitTable {
    /** The depths reported. */
    public static final int[] DEPTHS = {10, 20, 50};
    private final String method;
    private final int[] people;
    private final double[][] hits;

    HitTable(String method, int fields) {
        this.method = method;
        this.people = new int[fields];
        this.hits = new double[fields][DEPTHS.length];
    }

    public String method() {
        return method;
    }

    /** Counts one person of {@code field}; {@code hit[d]} is 1 for a hit within DEPTHS[d] (a probability for chance). */
    void add(int field, double[] hit) {
        people[field]++;
        for (int d = 0; d < DEPTHS.length; d++) {
            hits[field][d] += hit[d];
        }
    }

    public int people(int field) {
        return people[field];
    }

    public int people() {
        int n = 0;
        for (int p : people) {
            n += p;
        }
        return n;
    }

    /** Hit rate (0-1) of the field's people at DEPTHS[depth]; NaN for a field without people. */
    public double rate(int field, int depth) {
        return people[field] == 0 ? Double.NaN : hits[field][depth] / people[field];
    }

    /** Hit rate over every person. */
    public double pooled(int depth) {
        double h = 0;
        for (double[] f : hits) {
            h += f[depth];
        }
        return h / people();
    }

    /** Mean over fields with people of the field's hit rate. */
    public double averaged(int depth) {
        double sum = 0;
        int n = 0;
        for (int f = 0; f < people.length; f++) {
            if (people[f] > 0) {
                sum += rate(f, depth);
                n++;
            }
        }
        return sum / n;
    }

    /** The index of a depth in {@link #DEPTHS}. */
    public static int depth(int n) {
        for (int d = 0; d < DEPTHS.length; d++) {
            if (DEPTHS[d] == n) {
                return d;
            }
        }
        throw new IllegalArgumentException("depths are " + List.of(10, 20, 50));
    }
}
