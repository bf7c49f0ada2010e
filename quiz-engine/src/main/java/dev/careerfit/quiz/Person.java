package dev.careerfit.quiz;

import dev.careerfit.education.EducationLevel;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.report.ResponseFlag;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.SkillId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person's checked answers say, independent of any role (docs/scoring.md): a mean item score per
 * dimension, the weights of work factors, the measured agreement bias, the item noise, the answer-pattern
 * flags, skill self-ratings, education and years. Built once per answers; a role's score is then one
 * dot product of its coefficients with {@link #mean}.
 */
final class Person {
    final QuestionBank bank;
    final ScoringSettings settings;
    final Answers answers;
    final ScoringIndex index;
    /** Mean item score per dimension (index order), -1..1; NaN when no item on it was answered. */
    final double[] mean;
    /** Items answered per dimension (a value choice counts for both of its values). */
    final int[] answered;
    /** Sum of key signs of the answered agreement items per dimension: forward minus reverse. */
    final int[] keyBalance;
    /** Work-factor weights, (importance - 1) / 4 or the default; 1 for other families. */
    final double[] weight;
    /** The work-factor dimensions the person answered, and the sum of their weights. */
    final int[] measuredFactors;
    final double factorWeights;
    final Integer[] importance;
    /** Answered value choices as (first, second) dimension indices. */
    final List<int[]> choices = new ArrayList<>();
    /** Mean raw agreement (x - 3) / 2 over every answered agreement item, before keys: the agreement bias. */
    final double acquiescence;
    final int agreementItems;
    /** Posterior item noise variance (-1..1 units), from residuals within dimensions and the prior. */
    final double noiseVariance;
    final int residualFreedom;
    final Set<ResponseFlag> flags;
    /** Interest, value and work-factor items answered, the Interest Profiler's included. */
    final int scoredItems;
    final Map<SkillId, Integer> skills = new HashMap<>();
    final EducationLevel education;
    final Integer studyYears;
    final Integer experienceYears;
    /**
     * The person as a vector for the fast path: S = sum_d vector_d × {@link ScoringIndex#dense} row, for every
     * role whose families are complete, when the person answered every dimension of each profile family they
     * answered ({@link #dense}). lambda m_d / B for interests and values, lambda w_d m_d / sum w for factors.
     */
    final double[] vector;
    /** Whether the fast path applies: every interest area and work value of an active family is measured. */
    final boolean dense;
    /** Answers to questions that the bank no longer asks (answers given to an earlier version). */
    final List<String> retired = new ArrayList<>();
    private final Map<String, Answer> byQuestion = new HashMap<>();

    Person(QuestionBank bank, ScoringSettings settings, ScoringIndex index, Answers answers) {
        this.bank = bank;
        this.settings = settings;
        this.answers = answers;
        this.index = index;
        int dims = index.dimensions.size();
        double[] sum = new double[dims];
        double[] sumSq = new double[dims];
        this.answered = new int[dims];
        this.keyBalance = new int[dims];
        this.weight = new double[dims];
        this.importance = new Integer[dims];
        List<Integer> sequence = new ArrayList<>();
        // Every answer on a five-point scale, in the order given: what answer patterns are judged on.
        List<Integer> pattern = new ArrayList<>();
        // Items known only through a total (Interest Profiler scores without the answer string): no residual.
        int[] unobserved = new int[dims];
        double rawSum = 0;
        int rawCount = 0;
        EducationLevel held = null;
        Integer years = null;
        Integer experience = null;
        // Agreement items first collect raw answers: their key-corrected scores need the agreement bias.
        List<double[]> agreement = new ArrayList<>();
        for (Answer a : answers.answers()) {
            byQuestion.put(a.question(), a);
            Question q = bank.question(a.question()).orElse(null);
            if (q == null) {
                retired.add(a.question());
                continue;
            }
            if (!a.answered()) {
                continue;
            }
            int d = q.dimension() == null ? -1 : index.dimension(q.dimension());
            switch (q.kind()) {
                case INTEREST -> {
                    add(sum, sumSq, d, q.itemScore(a.value()));
                    sequence.add(a.value());
                    pattern.add(a.value());
                }
                case VALUE_CHOICE -> {
                    int e = index.dimension(q.versus());
                    double s = q.itemScore(a.value());
                    sum[d] += s;
                    answered[d]++;
                    sum[e] -= s;
                    answered[e]++;
                    choices.add(new int[] {d, e});
                    sequence.add(a.value());
                    pattern.add(a.value());
                }
                case AGREEMENT -> {
                    double raw = (a.value() - 3) / 2.0;
                    rawSum += raw;
                    rawCount++;
                    agreement.add(new double[] {d, q.keySign(), raw});
                    sequence.add(a.value());
                    pattern.add(a.value());
                }
                case IMPORTANCE -> {
                    if (d >= 0) {
                        importance[d] = a.value();
                    }
                    pattern.add(a.value());
                }
                case SKILL_RATING -> skills.put(q.skill(), a.value());
                case EDUCATION_HELD -> held = EducationLevel.ofOnetCategory(a.value());
                case STUDY_YEARS -> years = a.value();
                case EXPERIENCE_YEARS -> experience = a.value();
            }
        }
        answers.interestProfiler().ifPresent(ip -> {
            for (InterestArea area : InterestArea.values()) {
                int d = interestDimension(area);
                if (d < 0) {
                    continue;
                }
                if (ip.answers() == null) {
                    // Scores alone: ten items at the area's mean, adding no residual (the prior stands in).
                    double m = ip.meanItemScore(area);
                    for (int i = 0; i < InterestProfilerResult.ITEMS_PER_AREA; i++) {
                        add(sum, sumSq, d, m);
                    }
                    unobserved[d] += InterestProfilerResult.ITEMS_PER_AREA;
                }
            }
            if (ip.answers() != null) {
                for (int i = 0; i < InterestProfilerResult.ITEMS; i++) {
                    int value = ip.answer(i).orElseThrow();
                    add(sum, sumSq, interestDimension(InterestProfilerResult.area(i)), (value - 3) / 2.0);
                    sequence.add(value);
                    pattern.add(value);
                }
            }
        });
        this.agreementItems = rawCount;
        this.acquiescence = rawCount == 0 ? 0 : rawSum / rawCount;
        for (double[] item : agreement) {
            int d = (int) item[0];
            int sign = (int) item[1];
            // Key-corrected score: keyed answer minus the person's lean to agree, in the item's direction.
            add(sum, sumSq, d, sign * (item[2] - acquiescence));
            keyBalance[d] += sign;
        }
        this.mean = new double[dims];
        double residual = 0;
        int freedom = 0;
        for (int d = 0; d < dims; d++) {
            mean[d] = answered[d] == 0 ? Double.NaN : sum[d] / answered[d];
            int observed = answered[d] - unobserved[d];
            if (index.family[d] != DimensionFamily.WORK_VALUE && observed > 1) {
                residual += Math.max(0, sumSq[d] - sum[d] * sum[d] / answered[d]);
                freedom += observed - 1;
            }
            weight[d] = index.family[d] == DimensionFamily.WORK_FACTOR ? settings.weightOf(importance[d]) : 1;
        }
        int[] factors = new int[dims];
        int count = 0;
        double weights = 0;
        for (int d = 0; d < dims; d++) {
            if (index.family[d] == DimensionFamily.WORK_FACTOR && answered[d] > 0) {
                factors[count++] = d;
                weights += weight[d];
            }
        }
        this.measuredFactors = Arrays.copyOf(factors, count);
        this.factorWeights = weights;
        double prior = settings.noisePrior() * settings.noisePrior();
        this.noiseVariance = (residual + settings.noisePriorWeight() * prior) / (freedom + settings.noisePriorWeight());
        this.residualFreedom = freedom;
        // Interest Profiler scores without the answer string stand for the Short Form's 60 answered items.
        this.scoredItems = sequence.size() + Arrays.stream(unobserved).sum();
        this.flags = flags(pattern, agreement);
        this.education = held;
        this.studyYears = years;
        this.experienceYears = experience;
        this.vector = new double[dims];
        this.dense = vector();
    }

    /** Fills {@link #vector}; whether the fast path applies. */
    private boolean vector() {
        boolean interests = active(DimensionFamily.INTEREST);
        boolean values = active(DimensionFamily.WORK_VALUE);
        boolean factors = active(DimensionFamily.WORK_FACTOR);
        double total = (interests ? settings.interestWeight() : 0) + (values ? settings.valueWeight() : 0)
                + (factors ? settings.factorWeight() : 0);
        if (total <= 0) {
            return false;
        }
        boolean all = true;
        for (int d = 0; d < mean.length; d++) {
            switch (index.family[d]) {
                case INTEREST -> {
                    all &= !interests || measured(d);
                    vector[d] = interests && measured(d) ? settings.interestWeight() / total * mean[d] / index.interestBound : 0;
                }
                case WORK_VALUE -> {
                    all &= !values || measured(d);
                    vector[d] = values && measured(d) ? settings.valueWeight() / total * mean[d] / index.valueBound : 0;
                }
                case WORK_FACTOR -> vector[d] = factors && measured(d)
                        ? settings.factorWeight() / total * weight[d] * mean[d] / factorWeights : 0;
            }
        }
        return all;
    }

    private void add(double[] sum, double[] sumSq, int d, double score) {
        if (d < 0) {
            return;
        }
        sum[d] += score;
        sumSq[d] += score * score;
        answered[d]++;
    }

    private int interestDimension(InterestArea area) {
        for (int d = 0; d < index.dimensions.size(); d++) {
            if (area.equals(index.dimensions.get(d).level().interest())) {
                return d;
            }
        }
        return -1;
    }

    Answer answer(String question) {
        return byQuestion.get(question);
    }

    boolean measured(int d) {
        return answered[d] > 0;
    }

    /** Whether the family has enough answers to count: three interest areas, three value choices, a factor. */
    boolean active(DimensionFamily f) {
        return switch (f) {
            case INTEREST -> count(f) >= 3;
            case WORK_VALUE -> choices.size() >= 3;
            case WORK_FACTOR -> factorWeights > 0;
        };
    }

    private int count(DimensionFamily f) {
        int n = 0;
        for (int d = 0; d < mean.length; d++) {
            n += index.family[d] == f && measured(d) ? 1 : 0;
        }
        return n;
    }

    /** Enough answers for a headline score (docs/scoring.md, "When there is no score"). */
    boolean enoughForScore() {
        return scoredItems >= settings.minimumItems()
                && (active(DimensionFamily.INTEREST) || active(DimensionFamily.WORK_VALUE)
                || active(DimensionFamily.WORK_FACTOR));
    }

    boolean verdictWithheld() {
        return flags.stream().anyMatch(ResponseFlag::withholdsVerdict);
    }

    /**
     * Var(sum_d gamma_d mean_d) / noise variance: the sum of squared item coefficients when each dimension's
     * mean spreads gamma_d over its items (docs/scoring.md, "Interval"). Agreement items also enter through
     * the agreement bias they share; value choices enter two dimensions at once.
     */
    double itemCoefficientSquares(double[] gamma) {
        double total = 0;
        double shared = 0;
        for (int d = 0; d < gamma.length; d++) {
            if (answered[d] == 0 || gamma[d] == 0) {
                continue;
            }
            switch (index.family[d]) {
                case INTEREST -> total += gamma[d] * gamma[d] / answered[d];
                case WORK_FACTOR -> {
                    total += gamma[d] * gamma[d] / answered[d];
                    shared += gamma[d] * keyBalance[d] / answered[d];
                }
                default -> { }
            }
        }
        if (agreementItems > 0) {
            double g = shared / agreementItems;
            total -= agreementItems * g * g;
        }
        for (int[] c : choices) {
            double k = gamma[c[0]] / answered[c[0]] - gamma[c[1]] / answered[c[1]];
            total += k * k;
        }
        return Math.max(0, total);
    }

    /** Flags for answer patterns: over the answers in the order given (docs/scoring.md, "Response style"). */
    private Set<ResponseFlag> flags(List<Integer> sequence, List<double[]> agreement) {
        Set<ResponseFlag> out = EnumSet.noneOf(ResponseFlag.class);
        int n = sequence.size();
        if (n >= 8) {
            int[] counts = new int[6];
            sequence.forEach(v -> counts[Math.max(0, Math.min(5, v))]++);
            int most = Arrays.stream(counts).max().orElse(0);
            if (most == n) {
                out.add(ResponseFlag.FLAT);
            } else if (most >= 0.85 * n) {
                out.add(ResponseFlag.NEAR_CONSTANT);
            }
            int alternations = 0;
            for (int i = 2; i < n; i++) {
                if (sequence.get(i).equals(sequence.get(i - 2)) && !sequence.get(i).equals(sequence.get(i - 1))) {
                    alternations++;
                }
            }
            if (alternations >= 0.8 * (n - 2)) {
                out.add(ResponseFlag.ALTERNATING);
            }
        }
        // Contradiction: on factors answered in both directions, keyed means of opposite sign.
        Map<Integer, double[]> byDimension = new HashMap<>();
        for (double[] item : agreement) {
            double[] acc = byDimension.computeIfAbsent((int) item[0], k -> new double[4]);
            int slot = item[1] > 0 ? 0 : 2;
            acc[slot] += item[1] * item[2];
            acc[slot + 1]++;
        }
        double contradiction = 0;
        int both = 0;
        for (double[] acc : byDimension.values()) {
            if (acc[1] > 0 && acc[3] > 0) {
                both++;
                contradiction += Math.max(0, -(acc[0] / acc[1]) * (acc[2] / acc[3]));
            }
        }
        if (both >= 3 && contradiction / both >= 0.3) {
            out.add(ResponseFlag.CONTRADICTORY);
        }
        if (agreementItems >= 8 && Math.abs(acquiescence) >= 0.5) {
            out.add(ResponseFlag.AGREEMENT_BIAS);
        }
        return out;
    }
}
