package dev.careerfit.validation;

import dev.careerfit.education.EducationLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The method under study (docs/validity.md, "The experimental method"): interest shape as O*NET matches it,
 * plus what the person's preparation says, shown as families of near-twin occupations.
 *
 * <pre>
 *   score = kappa r + (education known:  betaJobs log(jobs) + betaShare log(share + 0.001))
 * </pre>
 *
 * r is the Pearson correlation of the six area scores with the occupation's six interest ratings (O*NET's
 * matching); jobs the occupation's 2024 employment (EP 2024-34) and share the part of its workers who hold
 * the person's education or more (EP table 5.3): together, how many people with the person's preparation hold
 * the job. An education answer also leaves out occupations whose job zone is below the one that education
 * prepares for (a bachelor's degree: zones 4 and 5), as My Next Move does. With interests alone the score is
 * r, O*NET's own ranking. The ranking then shows one position per family (SOC broad occupation), its best
 * occupation first.
 */
public final class ExperimentalRanker implements Ranker {
    /** Tuned on the tuning part only (docs/validity.md). */
    public static final double KAPPA = 4;
    public static final double BETA_JOBS = 0.25;
    public static final double BETA_SHARE = 2;

    private final Occupations occupations;
    private final double[] logJobs;
    /** Per education level: the median share, for occupations without attainment figures. */
    private final double[] shareMedian = new double[EducationLevel.values().length];

    public ExperimentalRanker(Occupations occupations) {
        this.occupations = occupations;
        double median = Occupations.median(occupations.jobs);
        this.logJobs = new double[occupations.size()];
        for (int o = 0; o < logJobs.length; o++) {
            logJobs[o] = Math.log(Double.isNaN(occupations.jobs[o]) ? median : Math.max(occupations.jobs[o], 1));
        }
        for (EducationLevel level : EducationLevel.values()) {
            double[] shares = new double[occupations.size()];
            for (int o = 0; o < shares.length; o++) {
                shares[o] = occupations.shareAtLeast(o, level);
            }
            shareMedian[level.ordinal()] = Occupations.median(shares);
        }
    }

    Occupations occupations() {
        return occupations;
    }

    @Override
    public String name() {
        return "experimental";
    }

    /** The job zone an education level prepares for (O*NET's job zone descriptions). */
    static int zoneOf(EducationLevel level) {
        return switch (level) {
            case LESS_THAN_HIGH_SCHOOL, HIGH_SCHOOL -> 1;
            case POST_SECONDARY_CERTIFICATE, SOME_COLLEGE, ASSOCIATES -> 3;
            case BACHELORS, POST_BACCALAUREATE_CERTIFICATE -> 4;
            default -> 5;
        };
    }

    /** Every occupation's score; NaN where the education answer leaves it out. */
    public double[] scores(Taker person) {
        double[] r = PearsonRanker.correlations(occupations, person.scores());
        double[] s = new double[r.length];
        EducationLevel edu = person.education();
        for (int o = 0; o < s.length; o++) {
            s[o] = KAPPA * r[o];
            if (edu != null) {
                if (occupations.jobZone[o] < zoneOf(edu)) {
                    s[o] = Double.NaN;
                    continue;
                }
                double share = occupations.shareAtLeast(o, edu);
                if (Double.isNaN(share)) {
                    share = shareMedian[edu.ordinal()];
                }
                s[o] += BETA_JOBS * logJobs[o] + BETA_SHARE * Math.log(share + 0.001);
            }
        }
        return s;
    }

    /** Occupations best first, before grouping into families; ties broken by code. */
    public int[] occupationRanking(Taker person) {
        double[] s = scores(person);
        return Arrays.stream(order(s)).mapToInt(Integer::intValue).toArray();
    }

    private static Integer[] order(double[] s) {
        List<Integer> kept = new ArrayList<>();
        for (int o = 0; o < s.length; o++) {
            if (!Double.isNaN(s[o])) {
                kept.add(o);
            }
        }
        Integer[] ranked = kept.toArray(Integer[]::new);
        Arrays.sort(ranked, (a, b) -> s[a] != s[b] ? Double.compare(s[b], s[a]) : Integer.compare(a, b));
        return ranked;
    }

    /** The best {@code limit} families, each with its occupations best first. */
    public List<int[]> families(Taker person, int limit) {
        int[] ranked = occupationRanking(person);
        List<List<Integer>> families = new ArrayList<>();
        int[] position = new int[occupations.familyNames.size()];
        Arrays.fill(position, -1);
        for (int o : ranked) {
            int f = occupations.family[o];
            if (position[f] < 0) {
                if (families.size() == limit) {
                    continue;
                }
                position[f] = families.size();
                families.add(new ArrayList<>());
            }
            families.get(position[f]).add(o);
        }
        return families.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /** One position per family: its best occupation. */
    @Override
    public int[][] top(Taker person, int limit) {
        return families(person, limit).stream().map(f -> new int[] {f[0]}).toArray(int[][]::new);
    }
}
