package dev.careerfit.validation;

import dev.careerfit.education.EducationLevel;
import dev.careerfit.quiz.Answer;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.OccupationFamily;
import dev.careerfit.role.RoleId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Simulated people answering careerfit's 48 interest items under a {@link ResponseModel} that is not the
 * scorer's: how stable the experimental method's families are between two takes, whether the stability it
 * states holds, and whether careerfit's engine's 90% intervals cover the true score (the mean over many takes
 * under the same model) per decile of true fit.
 */
public final class SimulationCheck {
    /** Items per interest area in careerfit's bank. */
    static final int ITEMS = 8;
    /** The stated noise model of a retake: each area score moves by normal noise of this sd (0-40 scale). */
    static final double STATED_SD = 0.65 / Math.sqrt(ITEMS) * 10;
    /** Retakes simulated to state how stable a family is. */
    static final int RETAKES = 40;

    private final ExperimentalRanker experimental;

    public SimulationCheck(ExperimentalRanker experimental) {
        this.experimental = experimental;
    }

    /** A simulated person's latent positions (1-5) per area: a level and a shape. */
    static double[] positions(Random random) {
        double level = 2 + 2 * random.nextDouble();
        double[] p = new double[6];
        for (int a = 0; a < 6; a++) {
            p[a] = Math.max(1, Math.min(5, level + 0.9 * random.nextGaussian()));
        }
        return p;
    }

    /** One take: 8 answers per area (0 = skipped). */
    static int[][] take(ResponseModel model, double[] positions, ResponseModel.Style style, Random random) {
        int[][] answers = new int[6][ITEMS];
        for (int a = 0; a < 6; a++) {
            for (int i = 0; i < ITEMS; i++) {
                answers[a][i] = model.answer(positions[a], style, random);
            }
        }
        return answers;
    }

    /** Area scores on the Profiler's 0-40 scale, (mean - 1) x 10 over answered items; 20 for an area left blank. */
    static int[] scores(int[][] answers) {
        int[] s = new int[6];
        for (int a = 0; a < 6; a++) {
            double sum = 0;
            int n = 0;
            for (int x : answers[a]) {
                if (x > 0) {
                    sum += x;
                    n++;
                }
            }
            s[a] = n == 0 ? 20 : (int) Math.round((sum / n - 1) * 10);
        }
        return s;
    }

    private List<Integer> familyIds(Taker t, int limit) {
        List<Integer> ids = new ArrayList<>();
        for (int[] f : experimental.families(t, limit)) {
            ids.add(experimentalFamily(f[0]));
        }
        return ids;
    }

    private int experimentalFamily(int occupation) {
        return experimental.occupations().family[occupation];
    }

    /** How often each family is in the top 10 over retakes under the stated noise model (docs/validity.md). */
    Map<Integer, Double> statedStability(int[] scores, Random random) {
        Map<Integer, Double> freq = new HashMap<>();
        for (int k = 0; k < RETAKES; k++) {
            int[] s = new int[6];
            for (int a = 0; a < 6; a++) {
                s[a] = (int) Math.max(0, Math.min(40, Math.round(scores[a] + STATED_SD * random.nextGaussian())));
            }
            for (int f : familyIds(new Taker(s, EducationLevel.BACHELORS), 10)) {
                freq.merge(f, 1.0 / RETAKES, Double::sum);
            }
        }
        return freq;
    }

    /** Retest and stated-stability figures under one model (or the stated model, when {@code model} is null). */
    public record Stability(String model, int people, double medianTop5Shared, double meanTop5Shared,
                            double[] statedByDecile, double[] observedByDecile, int[] countByDecile) {}

    /**
     * A person's two takes as area scores: under {@code model}, or under the stated model (null: the second take is
     * the first's scores with normal noise of sd {@link #STATED_SD}).
     */
    private static int[][] twoTakes(ResponseModel model, Random random) {
        double[] pos = positions(random);
        if (model == null) {
            int[] first = scores(take(ResponseModel.RESPONSE_STYLE, pos, new ResponseModel.Style(new double[] {0.65, 1}),
                    random));
            int[] second = new int[6];
            for (int a = 0; a < 6; a++) {
                second[a] = (int) Math.max(0, Math.min(40, Math.round(first[a] + STATED_SD * random.nextGaussian())));
            }
            return new int[][] {first, second};
        }
        ResponseModel.Style style = model.style(random);
        return new int[][] {scores(take(model, pos, style, random)), scores(take(model, pos, style, random))};
    }

    /** Turns the per-decile sums into means; the shared counts sorted, for the median. */
    private static int[] averaged(int[] shared, double[] stated, double[] observed, int[] count) {
        for (int d = 0; d < 10; d++) {
            if (count[d] > 0) {
                stated[d] /= count[d];
                observed[d] /= count[d];
            }
        }
        int[] sorted = shared.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    public Stability stability(ResponseModel model, int people, long seed) {
        Random random = new Random(seed);
        int[] shared = new int[people];
        double[] stated = new double[10];
        double[] observed = new double[10];
        int[] count = new int[10];
        for (int p = 0; p < people; p++) {
            int[][] takes = twoTakes(model, random);
            int[] first = takes[0];
            int[] second = takes[1];
            Taker a = new Taker(first, EducationLevel.BACHELORS);
            Taker b = new Taker(second, EducationLevel.BACHELORS);
            Set<Integer> top5 = new HashSet<>(familyIds(a, 5));
            top5.retainAll(familyIds(b, 5));
            shared[p] = top5.size();
            Set<Integer> retest10 = new HashSet<>(familyIds(b, 10));
            Map<Integer, Double> s = statedStability(first, random);
            for (int f : familyIds(a, 10)) {
                double st = s.getOrDefault(f, 0.0);
                int d = Math.min(9, (int) (st * 10));
                stated[d] += st;
                observed[d] += retest10.contains(f) ? 1 : 0;
                count[d]++;
            }
        }
        int[] sorted = averaged(shared, stated, observed, count);
        return new Stability(model == null ? "stated (area scores + normal noise, sd " + String.format(Locale.ROOT,
                "%.1f", STATED_SD) + ")" : model.name(), people, sorted[people / 2],
                Arrays.stream(shared).average().orElse(0), stated, observed, count);
    }

    /**
     * The same retest and stated-stability figures for careerfit's engine: its families (Ranking.families) for the
     * person's six area scores and a bachelor's degree, and the stability the engine itself states for each of its
     * top 10 families (its own simulated retakes, {@code scorer}'s settings). Under the stated model the second take
     * is the first's area scores with normal noise of sd {@link #STATED_SD}.
     */
    public static Stability engineStability(FitScorer scorer, ResponseModel model, int people, long seed) {
        Random random = new Random(seed);
        CareerfitRanker engine = new CareerfitRanker(scorer, null);
        return engineStability(scorer, people, () -> {
            int[][] takes = twoTakes(model, random);
            return new Answers[] {engine.answers(new Taker(takes[0], EducationLevel.BACHELORS)),
                    engine.answers(new Taker(takes[1], EducationLevel.BACHELORS))};
        }, "careerfit's engine, " + (model == null ? "stated (area scores + normal noise, sd "
                + String.format(Locale.ROOT, "%.1f", STATED_SD) + ")" : model.name()));
    }

    /**
     * The engine's retest and stated stability when the person answers the 48 interest items themselves (and a
     * bachelor's degree), as a person taking the quiz does: the engine then estimates the person's item noise from
     * the spread of their own answers within each area (docs/scoring.md, "Interval") rather than from its prior alone,
     * and a take whose answers do not hold together gets no ranking (such people are left out and counted).
     */
    public static Stability engineStabilityFromItems(FitScorer scorer, ResponseModel model, int people, long seed) {
        Random random = new Random(seed);
        return engineStability(scorer, people, () -> {
            double[] pos = positions(random);
            ResponseModel.Style style = model.style(random);
            return new Answers[] {bachelors(items(scorer, take(model, pos, style, random))),
                    bachelors(items(scorer, take(model, pos, style, random)))};
        }, "careerfit's engine from the items, " + model.name());
    }

    private static Answers bachelors(Answers answers) {
        return answers.with(Answer.of(QuestionId.of("education.highest"), EducationLevel.BACHELORS.onetCategory()));
    }

    /** Two takes a person from {@code takes}, ranked; a person either of whose takes gets no ranking is left out. */
    private static Stability engineStability(FitScorer scorer, int people, Supplier<Answers[]> takes, String name) {
        int[] shared = new int[people];
        double[] stated = new double[10];
        double[] observed = new double[10];
        int[] count = new int[10];
        int ranked = 0;
        for (int p = 0; p < people; p++) {
            Answers[] two = takes.get();
            List<OccupationFamily> a = scorer.rank(scorer.person(two[0]), RankingRequest.top(10)).families();
            List<OccupationFamily> b = scorer.rank(scorer.person(two[1]), RankingRequest.top(10)).families();
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            Set<String> top5 = new HashSet<>(a.stream().limit(5).map(OccupationFamily::id).toList());
            top5.retainAll(b.stream().limit(5).map(OccupationFamily::id).toList());
            shared[ranked++] = top5.size();
            Set<String> retest10 = new HashSet<>(b.stream().map(OccupationFamily::id).toList());
            for (OccupationFamily f : a) {
                double st = f.stability() == null ? 0 : f.stability();
                int d = Math.min(9, (int) (st * 10));
                stated[d] += st;
                observed[d] += retest10.contains(f.id()) ? 1 : 0;
                count[d]++;
            }
        }
        int[] sorted = averaged(Arrays.copyOf(shared, ranked), stated, observed, count);
        return new Stability(name + (ranked < people ? " (" + (people - ranked) + " of " + people
                + " left out: no ranking for a take)" : ""), ranked, sorted[ranked / 2],
                Arrays.stream(sorted).average().orElse(0), stated, observed, count);
    }

    /**
     * The six area scores' reliability under a model, as a test manual reports it: Cronbach's alpha of each area's
     * eight items in one take (a skipped item counted at the person's mean of the area's other items), and the
     * test-retest correlation of the area scores (0-40) between two takes of the same people.
     */
    public record Reliability(String model, int people, double[] alpha, double[] retest) {
        public double meanAlpha() {
            return Arrays.stream(alpha).average().orElse(Double.NaN);
        }

        public double meanRetest() {
            return Arrays.stream(retest).average().orElse(Double.NaN);
        }
    }

    /** The stated noise model as a way of answering: the position plus normal noise of sd 0.65, rounded. */
    static final ResponseModel STATED = new ResponseModel() {
        @Override
        public String name() {
            return "stated (position + normal noise, sd 0.65 of a step)";
        }

        @Override
        public Style style(Random random) {
            return new Style(new double[] {0.65, 1});
        }

        @Override
        public int answer(double position, Style style, Random random) {
            return (int) Math.max(1, Math.min(5, Math.round(position + style.get(0) * random.nextGaussian())));
        }
    };

    public static Reliability reliability(ResponseModel model, int people, long seed) {
        Random random = new Random(seed);
        double[][][] items = new double[6][people][ITEMS];
        double[][] first = new double[6][people];
        double[][] second = new double[6][people];
        for (int p = 0; p < people; p++) {
            double[] pos = positions(random);
            ResponseModel.Style style = model.style(random);
            int[][] one = take(model, pos, style, random);
            int[] s1 = scores(one);
            int[] s2 = scores(take(model, pos, style, random));
            for (int a = 0; a < 6; a++) {
                first[a][p] = s1[a];
                second[a][p] = s2[a];
                double fill = s1[a] / 10.0 + 1;
                for (int i = 0; i < ITEMS; i++) {
                    items[a][p][i] = one[a][i] > 0 ? one[a][i] : fill;
                }
            }
        }
        double[] alpha = new double[6];
        double[] retest = new double[6];
        for (int a = 0; a < 6; a++) {
            double itemVariance = 0;
            double[] total = new double[people];
            for (int i = 0; i < ITEMS; i++) {
                double[] column = new double[people];
                for (int p = 0; p < people; p++) {
                    column[p] = items[a][p][i];
                    total[p] += column[p];
                }
                itemVariance += variance(column);
            }
            alpha[a] = ITEMS / (ITEMS - 1.0) * (1 - itemVariance / variance(total));
            retest[a] = ResponseStyleCheck.pearson(first[a], second[a]);
        }
        return new Reliability(model.name(), people, alpha, retest);
    }

    private static double variance(double[] x) {
        double m = Arrays.stream(x).average().orElse(0);
        return Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1);
    }

    /** Coverage of careerfit's 90% interval per decile of true fit under {@code model}. */
    public record Coverage(String model, int scores, double[] trueByDecile, double[] coveredByDecile) {}

    public static Coverage engineCoverage(FitScorer scorer, ResponseModel model, int people, int takes, long seed) {
        Random random = new Random(seed);
        List<double[]> rows = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            double[] pos = positions(random);
            ResponseModel.Style style = model.style(random);
            Map<RoleId, Double> truth = new HashMap<>();
            for (int t = 0; t < takes; t++) {
                Person person = scorer.person(items(scorer, take(model, pos, style, random)));
                for (FitEstimate r : scorer.rank(person, RankingRequest.all()).roles()) {
                    if (r.score() != null) {
                        truth.merge(r.role(), r.score() / takes, Double::sum);
                    }
                }
            }
            List<FitEstimate> first = scorer.rank(scorer.person(items(scorer, take(model, pos, style, random))),
                    RankingRequest.all()).roles();
            for (int i = 0; i < first.size(); i += 1 + random.nextInt(20)) {
                FitEstimate e = first.get(i);
                Double true0 = truth.get(e.role());
                if (e.score() != null && true0 != null) {
                    rows.add(new double[] {true0, e.interval().low() <= true0 && true0 <= e.interval().high() ? 1 : 0});
                }
            }
            // The strong fits, chosen on the truth, so the top decile is represented without selecting on noise.
            truth.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(5)
                    .forEach(t -> first.stream().filter(e -> e.role().equals(t.getKey()) && e.score() != null)
                            .findFirst().ifPresent(e -> rows.add(new double[] {t.getValue(),
                                    e.interval().low() <= t.getValue() && t.getValue() <= e.interval().high() ? 1 : 0})));
        }
        rows.sort((x, y) -> Double.compare(x[0], y[0]));
        double[] truthMean = new double[10];
        double[] covered = new double[10];
        for (int d = 0; d < 10; d++) {
            int from = d * rows.size() / 10;
            int to = (d + 1) * rows.size() / 10;
            for (int i = from; i < to; i++) {
                truthMean[d] += rows.get(i)[0] / (to - from);
                covered[d] += rows.get(i)[1] / (to - from);
            }
        }
        return new Coverage(model.name(), rows.size(), truthMean, covered);
    }

    /** A take as answers to careerfit's interest items ({@code <area>.<n>}); skipped items are left out. */
    static Answers items(FitScorer scorer, int[][] answers) {
        Answers.Builder b = Answers.builder(scorer.bank());
        String[] areas = {"realistic", "investigative", "artistic", "social", "enterprising", "conventional"};
        for (int a = 0; a < 6; a++) {
            for (int i = 0; i < ITEMS; i++) {
                if (answers[a][i] > 0) {
                    b.answer(QuestionId.of(areas[a] + "." + (i + 1)), answers[a][i]);
                }
            }
        }
        return b.build();
    }

    public static String renderReliability(List<Reliability> models) {
        StringBuilder b = new StringBuilder("How noisy each model is: the six area scores (eight items each) of simulated "
                + "people\n(published, O*NET Interest Profiler Short Form, ten items a scale, Rounds et al. 2010: alpha "
                + "0.78-0.87, one-month retest 0.78-0.86)\n");
        for (Reliability r : models) {
            b.append(String.format(Locale.ROOT, "%n  %s, %d people: alpha %.3f, retest %.3f%n    per area R I A S E C: "
                    + "alpha", r.model(), r.people(), r.meanAlpha(), r.meanRetest()));
            for (double a : r.alpha()) {
                b.append(String.format(Locale.ROOT, " %.2f", a));
            }
            b.append(", retest");
            for (double a : r.retest()) {
                b.append(String.format(Locale.ROOT, " %.2f", a));
            }
            b.append('\n');
        }
        return b.toString();
    }

    public static String render(List<Stability> stability, List<Coverage> coverage) {
        StringBuilder b = new StringBuilder("Simulated people (interest items only, a bachelor's degree)\n");
        for (Stability s : stability) {
            b.append(String.format(Locale.ROOT, "%n  %s, %d people: two takes share %.0f of their top 5 families "
                    + "(median; mean %.2f)%n    stated stability in the top 10 by decile: stated -> observed (families)%n",
                    s.model(), s.people(), s.medianTop5Shared(), s.meanTop5Shared()));
            for (int d = 0; d < 10; d++) {
                if (s.countByDecile()[d] > 0) {
                    b.append(String.format(Locale.ROOT, "      %3d-%3d%%: %5.1f%% -> %5.1f%% (%d)%n", d * 10, d * 10 + 10,
                            100 * s.statedByDecile()[d], 100 * s.observedByDecile()[d], s.countByDecile()[d]));
                }
            }
        }
        for (Coverage c : coverage) {
            b.append(String.format(Locale.ROOT, "%n  careerfit's engine, 90%% interval coverage per decile of true fit, %s "
                    + "(%d scores):%n   ", c.model(), c.scores()));
            for (int d = 0; d < 10; d++) {
                b.append(String.format(Locale.ROOT, " %.1f:%.1f%%", c.trueByDecile()[d], 100 * c.coveredByDecile()[d]));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
