package dev.careerfit.validation;

import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.report.ResponseFlag;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Response-style detection measured (docs/validity.md, "Response styles"): how often careerfit's engine flags
 * uniformly random answers, cycles and careless answering, and how often a consistency index between paired
 * items does, against how often either flags coherent people.
 *
 * <p>The index: for each interest area, the mean of its odd items and of its even items; the Pearson
 * correlation of those two six-area profiles. A coherent person's halves tell the same story; a random or
 * cycling answerer's do not. An answerer with no spread at all has no profile and is flagged too.
 */
public final class ResponseStyleCheck {
    /** Below this split-half consistency the answers are flagged (chosen on coherent simulated people: ~5% flagged). */
    public static final double CONSISTENCY_FLOOR = 0.3;

    private ResponseStyleCheck() {}

    /** The split-half consistency of a take's interest answers; NaN when one half has no spread. */
    public static double consistency(int[][] answers) {
        double[] odd = new double[6];
        double[] even = new double[6];
        for (int a = 0; a < 6; a++) {
            odd[a] = mean(answers[a], 0);
            even[a] = mean(answers[a], 1);
        }
        return pearson(odd, even);
    }

    private static double mean(int[] items, int start) {
        double s = 0;
        int n = 0;
        for (int i = start; i < items.length; i += 2) {
            if (items[i] > 0) {
                s += items[i];
                n++;
            }
        }
        return n == 0 ? 3 : s / n;
    }

    /** Pearson r of two series; NaN when either has no spread. */
    static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    public static boolean flaggedByIndex(int[][] answers) {
        double c = consistency(answers);
        return Double.isNaN(c) || c < CONSISTENCY_FLOOR;
    }

    static boolean flaggedByEngine(FitScorer scorer, int[][] answers) {
        Set<ResponseFlag> flags = scorer.person(SimulationCheck.items(scorer, answers)).flags();
        return flags.stream().anyMatch(ResponseFlag::withholdsVerdict);
    }

    /** One kind of answerer and how often each detector flags it. */
    public record Rate(String who, int people, double engine, double index) {}

    public static Rate rate(FitScorer scorer, String who, int people, long seed, Function<Random, int[][]> answerer) {
        Random random = new Random(seed);
        int engine = 0;
        int index = 0;
        for (int p = 0; p < people; p++) {
            int[][] answers = answerer.apply(random);
            engine += flaggedByEngine(scorer, answers) ? 1 : 0;
            index += flaggedByIndex(answers) ? 1 : 0;
        }
        return new Rate(who, people, (double) engine / people, (double) index / people);
    }

    /** Answers in the bank's order (area by area, eight items each) from a sequence. */
    static int[][] inOrder(java.util.function.IntUnaryOperator answerAt) {
        int[][] a = new int[6][SimulationCheck.ITEMS];
        for (int i = 0; i < 6 * SimulationCheck.ITEMS; i++) {
            a[i / SimulationCheck.ITEMS][i % SimulationCheck.ITEMS] = answerAt.applyAsInt(i);
        }
        return a;
    }

    /** Coherent people under {@code model} with its careless share switched off or kept. */
    static int[][] coherent(ResponseModel model, Random random, boolean careless) {
        double[] pos = SimulationCheck.positions(random);
        ResponseModel.Style style = model.style(random);
        if (!careless && model == ResponseModel.GRADED_RESPONSE) {
            style = new ResponseModel.Style(new double[] {style.get(0), 0});
        }
        return SimulationCheck.take(model, pos, style, random);
    }

    /** Half the items answered at random, the rest coherently. */
    static int[][] halfCareless(Random random) {
        int[][] a = coherent(ResponseModel.GRADED_RESPONSE, random, false);
        for (int[] area : a) {
            for (int i = 0; i < area.length; i++) {
                if (random.nextBoolean()) {
                    area[i] = 1 + random.nextInt(5);
                }
            }
        }
        return a;
    }

    public static String render(java.util.List<Rate> rates) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Response styles (48 interest items): share "
                + "flagged by careerfit's engine (a withholding flag) and by the split-half consistency index (< %.1f)%n",
                CONSISTENCY_FLOOR));
        for (Rate r : rates) {
            b.append(String.format(Locale.ROOT, "  %-60s %5d  engine %5.1f%%  index %5.1f%%%n", r.who(), r.people(),
                    100 * r.engine(), 100 * r.index()));
        }
        return b.toString();
    }
}
