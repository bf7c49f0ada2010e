package dev.careerfit.quiz;

import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.role.RoleId;
import java.util.List;
import java.util.Random;

/**
 * What the benchmarks need from inside the quiz engine, and nothing else uses: the scoring index's flat
 * matrix and a person's vector (for the hand-written baseline over the same data), and indexes over
 * generated levels far larger than the national catalog. It lives in the quiz engine's package, in the
 * benchmarks jar only, so that the engine opens nothing for it.
 */
public final class BenchmarkAccess {
    private BenchmarkAccess() {}

    /** The baseline: a dense dot product per role and a bounded heap on the primitive scores, no checks. */
    public static final class Dense {
        private final double[] matrix;
        private final double[] vector;
        private final int dims;
        private final int rows;

        Dense(double[] matrix, double[] vector, int dims) {
            this.matrix = matrix;
            this.vector = vector;
            this.dims = dims;
            this.rows = matrix.length / dims;
        }

        /** The k best rows, best first. */
        public int[] top(int k) {
            double[] sums = new double[rows];
            for (int r = 0; r < rows; r++) {
                double s = 0;
                int base = r * dims;
                for (int d = 0; d < dims; d++) {
                    s += vector[d] * matrix[base + d];
                }
                sums[r] = s;
            }
            return topOf(sums, k);
        }

        /** The rows of the k largest sums, by a bounded heap. */
        public static int[] topOf(double[] sums, int k) {
            int[] heap = new int[k];
            double[] keys = new double[k];
            int filled = 0;
            for (int r = 0; r < sums.length; r++) {
                double s = sums[r];
                if (filled < k) {
                    int i = filled++;
                    heap[i] = r;
                    keys[i] = s;
                    while (i > 0 && keys[(i - 1) / 2] > keys[i]) {
                        swap(heap, keys, i, (i - 1) / 2);
                        i = (i - 1) / 2;
                    }
                } else if (s > keys[0]) {
                    heap[0] = r;
                    keys[0] = s;
                    int i = 0;
                    while (true) {
                        int min = i;
                        int l = 2 * i + 1;
                        if (l < k && keys[l] < keys[min]) {
                            min = l;
                        }
                        if (l + 1 < k && keys[l + 1] < keys[min]) {
                            min = l + 1;
                        }
                        if (min == i) {
                            break;
                        }
                        swap(heap, keys, i, min);
                        i = min;
                    }
                }
            }
            return heap;
        }

        private static void swap(int[] heap, double[] keys, int i, int j) {
            int h = heap[i];
            heap[i] = heap[j];
            heap[j] = h;
            double t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
        }
    }

    /**
     * The floor: the same matrix kept dimension-major and the same vector, one multiply-add per role and
     * dimension, then the same bounded heap; nothing the engine checks or breaks ties by. What the engine's
     * ranking is measured against (docs/performance.md, "Ranking at the floor").
     */
    public static final class DimensionMajor {
        private final double[] byDimension;
        private final double[] vector;
        private final int dims;
        private final int rows;

        DimensionMajor(double[] byDimension, double[] vector, int dims) {
            this.byDimension = byDimension;
            this.vector = vector;
            this.dims = dims;
            this.rows = byDimension.length / dims;
        }

        /** The k best rows, best first (in heap order). */
        public int[] top(int k) {
            double[] sums = new double[rows];
            for (int d = 0; d < dims; d++) {
                double v = vector[d];
                int base = d * rows;
                for (int r = 0; r < rows; r++) {
                    sums[r] += v * byDimension[base + r];
                }
            }
            return Dense.topOf(sums, k);
        }
    }

    /**
     * The engine's ranking of every role for {@code person}, made afresh (a profile keeps its ranking once
     * made, which would measure nothing): the fused loop over the index and the bounded heap.
     */
    public static List<Integer> rank(Person person, int k) {
        return new Scoreboard(person.respondent).top(k);
    }

    /** The floor over {@code scorer}'s dimension-major matrix and {@code person}'s vector. */
    public static DimensionMajor dimensionMajor(FitScorer scorer, Person person) {
        ScoringIndex index = ((StandardFitScorer) scorer).index();
        return new DimensionMajor(index.denseByDimension, person.respondent.vector, index.dimensions.size());
    }

    /** The baseline over {@code scorer}'s matrix and {@code person}'s vector. */
    public static Dense dense(FitScorer scorer, Person person) {
        ScoringIndex index = ((StandardFitScorer) scorer).index();
        return new Dense(index.dense, person.respondent.vector, index.dimensions.size());
    }

    /** A ranking over {@code roles} generated roles with random levels on every dimension of {@code bank}. */
    public static final class Generated {
        private final Respondent person;

        Generated(Respondent person) {
            this.person = person;
        }

        /** The k best roles by the engine's own ranking (the fused loop and the bounded heap). */
        public List<Integer> top(int k) {
            return new Scoreboard(person).top(k);
        }

        public int size() {
            return person.index.size();
        }
    }

    /** {@code roles} generated roles (interests and values 1-7, work factors 1-5) scored for {@code answers}. */
    public static Generated generated(QuestionBank bank, int roles, long seed, Answers answers) {
        Random rng = new Random(seed);
        int dims = bank.dimensions().size();
        double[][] levels = new double[roles][dims];
        double[] min = new double[dims];
        double[] max = new double[dims];
        double[] range = new double[dims];
        RoleId[] ids = new RoleId[roles];
        for (int d = 0; d < dims; d++) {
            // Work factors on the guides' 1-5, interests and values on O*NET's 1-7.
            min[d] = 1;
            max[d] = bank.dimensions().get(d).family() == DimensionFamilies.WORK_FACTOR ? 5 : 7;
            range[d] = max[d] - min[d];
        }
        for (int r = 0; r < roles; r++) {
            ids[r] = RoleId.of("generated-" + r);
            for (int d = 0; d < dims; d++) {
                levels[r][d] = 1 + range[d] * rng.nextDouble();
            }
        }
        ScoringIndex index = ScoringIndex.generated(bank.dimensions(), ids, levels, min, max);
        return new Generated(new Respondent(bank, ScoringSettings.defaults(), index, answers));
    }
}
