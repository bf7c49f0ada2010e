package dev.careerfit.quiz;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Simulated people with known true profiles, answering under the stated noise model (docs/validity.md):
 * each answer is the person's latent position on the item plus normal noise (sd sigma, in scale steps),
 * rounded to the nearest step and kept within 1..5. Agreement statements also carry the person's lean to
 * agree (in steps, the same direction for every statement). Importance answers are taken as given.
 *
 * <p>The true fit is the score's expectation under that model (classical test theory's true score):
 * the scorer's coefficients for the role times each dimension's expected mean item score, computed
 * exactly from the normal distribution rather than from the scorer's code.
 */
final class Simulation {
    private static StandardFitScorer national;

    /** The scorer over the full built-in catalog (O*NET 30.1, OEWS May 2024, EP 2024-34 and the guides). */
    static synchronized StandardFitScorer national() {
        if (national == null) {
            national = (StandardFitScorer) FitScorers.create(CareerCatalog.builder().build());
        }
        return national;
    }

    /** A person's truth: latent positions (1..5) per dimension, importance answers, noise and lean. */
    record Truth(double[] position, int[] importance, double sigma, double lean) {}

    private final StandardFitScorer scorer;
    private final ScoringIndex index;
    private final List<Question> measuring;

    Simulation(StandardFitScorer scorer) {
        this.scorer = scorer;
        this.index = scorer.index();
        this.measuring = scorer.bank().questions().stream().filter(q -> q.kind().measures()).toList();
    }

    ScoringIndex index() {
        return index;
    }

    List<Question> measuring() {
        return measuring;
    }

    /** A random person: positions spread over the scale, 1-5 importance, sigma 0.4-0.8, a small lean. */
    Truth random(Random rng) {
        int dims = index.dimensions.size();
        double[] position = new double[dims];
        int[] importance = new int[dims];
        for (int d = 0; d < dims; d++) {
            position[d] = family(d) == DimensionFamilies.WORK_VALUE ? rng.nextGaussian() * 0.8
                    : 1 + 4 * rng.nextDouble();
            importance[d] = 1 + rng.nextInt(5);
        }
        return new Truth(position, importance, 0.4 + 0.4 * rng.nextDouble(), rng.nextGaussian() * 0.3);
    }

    /**
     * A person who mirrors role {@code r}: likes each interest area and values each work value as much as the
     * role is rated on it, and wants each work factor as much as the role has it relative to other roles.
     */
    Truth mirroring(int r, Random rng) {
        int dims = index.dimensions.size();
        double[] position = new double[dims];
        int[] importance = new int[dims];
        for (int d = 0; d < dims; d++) {
            importance[d] = 4;
            if (!index.has(r, d)) {
                position[d] = family(d) == DimensionFamilies.WORK_VALUE ? 0 : 3;
                importance[d] = 1;
                continue;
            }
            double level = index.level[r][d];
            DimensionFamily f = family(d);
            position[d] = f == DimensionFamilies.INTEREST ? 1 + 4 * (level - 1) / 6
                    : f == DimensionFamilies.WORK_VALUE ? (level - 4) / 2 : 1 + 4 * index.percentile[r][d];
        }
        return new Truth(position, importance, 0.4 + 0.4 * rng.nextDouble(), rng.nextGaussian() * 0.3);
    }

    private DimensionFamily family(int d) {
        return index.dimensions.get(d).family();
    }

    /** The latent answer position on a question (before noise). */
    double latent(Truth t, Question q) {
        int d = index.dimension(q.dimension());
        return switch (q.kind()) {
            case INTEREST -> t.position()[d];
            case VALUE_CHOICE -> clamp(3 - (t.position()[d] - t.position()[index.dimension(q.versus())]));
            case AGREEMENT -> clamp((q.keySign() > 0 ? t.position()[d] : 6 - t.position()[d]) + t.lean());
            default -> throw new IllegalArgumentException(q.id().value());
        };
    }

    private static double clamp(double v) {
        return Math.max(1, Math.min(5, v));
    }

    /** One noisy answer under the model. */
    int answer(double latent, double sigma, Random rng) {
        return (int) Math.max(1, Math.min(5, Math.round(latent + sigma * rng.nextGaussian())));
    }

    /** The expected answer under the model: sum of k P(answer = k), the ends taking the tails. */
    static double expectedAnswer(double latent, double sigma) {
        double e = 0;
        for (int k = 1; k <= 5; k++) {
            double lo = k == 1 ? 0 : Numbers.normalCdf((k - 0.5 - latent) / sigma);
            double hi = k == 5 ? 1 : Numbers.normalCdf((k + 0.5 - latent) / sigma);
            e += k * (hi - lo);
        }
        return e;
    }

    /** Every measuring question and importance answered once (in bank order), with education etc. */
    Answers take(Truth t, Random rng) {
        return take(t, rng, measuring);
    }

    Answers take(Truth t, Random rng, List<Question> questions) {
        Answers.Builder b = Answers.builder(scorer.bank());
        for (Question q : questions) {
            b.answer(q.id(), answer(latent(t, q), t.sigma(), rng));
        }
        for (int d = 0; d < index.dimensions.size(); d++) {
            int dd = d;
            scorer.bank().importanceQuestion(index.dimensions.get(d).id())
                    .ifPresent(q -> b.answer(q.id(), t.importance()[dd]));
        }
        return b.build();
    }

    /** A noisy answer to every measuring question, by question id order of {@link #measuring()}. */
    int[] answers(Truth t, Random rng) {
        int[] out = new int[measuring.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = answer(latent(t, measuring.get(i)), t.sigma(), rng);
        }
        return out;
    }

    /**
     * Each dimension's expected mean item score when every question in {@code questions} is answered
     * (docs/scoring.md: interest items (x - 3) / 2; value choices (3 - x) / 2 towards the first value;
     * statements key-corrected by the mean raw agreement).
     */
    double[] expectedMeans(Truth t, List<Question> questions) {
        int dims = index.dimensions.size();
        double[] sum = new double[dims];
        int[] n = new int[dims];
        double rawSum = 0;
        int rawCount = 0;
        List<double[]> statements = new ArrayList<>();
        for (Question q : questions) {
            double ex = expectedAnswer(latent(t, q), t.sigma());
            int d = index.dimension(q.dimension());
            if (q.kind() == QuestionKind.INTEREST) {
                sum[d] += (ex - 3) / 2;
                n[d]++;
            } else if (q.kind() == QuestionKind.VALUE_CHOICE) {
                int e = index.dimension(q.versus());
                sum[d] += (3 - ex) / 2;
                n[d]++;
                sum[e] -= (3 - ex) / 2;
                n[e]++;
            } else {
                double raw = (ex - 3) / 2;
                rawSum += raw;
                rawCount++;
                statements.add(new double[] {d, q.keySign(), raw});
            }
        }
        double lean = rawCount == 0 ? 0 : rawSum / rawCount;
        for (double[] s : statements) {
            int d = (int) s[0];
            sum[d] += s[1] * (s[2] - lean);
            n[d]++;
        }
        double[] mean = new double[dims];
        Arrays.fill(mean, Double.NaN);
        for (int d = 0; d < dims; d++) {
            if (n[d] > 0) {
                mean[d] = sum[d] / n[d];
            }
        }
        return mean;
    }

    /** The true fit: 50 + 50 sum_d gamma_d E[m_d]. */
    /**
     * The person as the scorer would see them with no item noise: their answers' expected means on every dimension
     * they answered. A role's true fit is its score for this person (the fit is not linear in the means: interests
     * are matched by correlation).
     */
    static Respondent truePerson(Respondent noisy, double[] expected) {
        double[] means = noisy.mean.clone();
        for (int d = 0; d < means.length; d++) {
            if (noisy.measured(d) && !Double.isNaN(expected[d])) {
                means[d] = expected[d];
            }
        }
        return noisy.withMeans(means);
    }

    static double trueFit(Respondent truePerson, int role) {
        return Fit.of(truePerson, role).points;
    }

    Respondent person(Answers answers) {
        return scorer.respondent(answers, null);
    }
}
