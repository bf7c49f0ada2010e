package dev.careerfit.quiz;

import dev.careerfit.education.EducationLevel;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.report.ResponseFlag;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.SkillId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person's checked answers say, independent of any role (docs/scoring.md): a mean item score per
 * dimension, the weights of work factors, the measured agreement bias, the item noise, the answer-pattern
 * flags, skill self-ratings, education and years. Built once per answers; a role's score is then one
 * dot product of its coefficients with {@link #mean}. Only the families it {@linkplain #counted counts} enter
 * the means (a ranking on interests alone counts only them); answer patterns are judged on every answer.
 */
final class Respondent {
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
    /** Weights from importance answers, (importance - 1) / 4 or the default, for standing families; else 1. */
    final double[] weight;
    /** Per family: the dimensions the person answered, and the sum of their weights. */
    final int[][] measured;
    final double[] weightSum;
    /** Per family: whether it counts for this person (enough answers, and counted). */
    final boolean[] active;
    /** Per family: its share of the fit, W_f over the sum of W of the active families; 0 when not active. */
    final double[] lambda;
    /** Per family: whether it is counted at all (a ranking may count only some). */
    final boolean[] counted;
    final Integer[] importance;
    /** Answered choices as (first, second) dimension indices, and how many per family. */
    final List<int[]> pairs;
    final int[] choices;
    /** Mean raw agreement (x - 3) / 2 over every answered agreement item, before keys: the agreement bias. */
    final double acquiescence;
    final int agreementItems;
    /** Posterior item noise variance (-1..1 units), from residuals within dimensions and the prior. */
    final double noiseVariance;
    final int residualFreedom;
    final Set<ResponseFlag> flags;
    /** Interest, value and work-factor items answered, the Interest Profiler's included. */
    final int scoredItems;
    final Map<SkillId, Integer> skills;
    final EducationLevel education;
    final Integer studyYears;
    final Integer experienceYears;
    /**
     * The person as a vector for the fast path: S = sum_d vector_d × {@link ScoringIndex#dense} row, for every
     * role whose families are complete, when the person answered every dimension of each profile family they
     * answered ({@link #dense}): lambda times each family's {@link Matcher#vector}.
     */
    final double[] vector;
    /** Whether the fast path applies: every dimension of an active profile family is measured. */
    final boolean dense;
    /**
     * The split-half consistency of the work activities: the Pearson correlation, over the interest areas, of the
     * mean of each area's odd-numbered items with that of its even-numbered ones; NaN when too few were answered.
     */
    final double consistency;
    /** The dimensions that are deal-breakers on any role high on them (docs/scoring.md, "Deal-breakers"). */
    final int[] dealBreaking;
    /** Answers to questions that the bank no longer asks (answers given to an earlier version). */
    final List<QuestionId> retired;
    /** The answers by question, made on first use: a ranking never asks, a report does. */
    private volatile Map<QuestionId, Answer> byQuestion;

    Respondent(QuestionBank bank, ScoringSettings settings, ScoringIndex index, Answers answers) {
        this(bank, settings, index, answers, null);
    }

    /** @param families the families counted; {@code null} for all */
    Respondent(QuestionBank bank, ScoringSettings settings, ScoringIndex index, Answers answers,
               Collection<DimensionFamily> families) {
        this.bank = bank;
        this.settings = settings;
        this.answers = answers;
        this.index = index;
        this.pairs = new ArrayList<>();
        this.skills = new HashMap<>();
        this.retired = new ArrayList<>();
        int dims = index.dimensions.size();
        int familyCount = index.families.size();
        this.counted = new boolean[familyCount];
        for (int f = 0; f < familyCount; f++) {
            counted[f] = families == null || families.contains(index.families.get(f));
        }
        this.choices = new int[familyCount];
        double[] sum = new double[dims];
        double[] sumSq = new double[dims];
        this.answered = new int[dims];
        this.keyBalance = new int[dims];
        this.weight = new double[dims];
        this.importance = new Integer[dims];
        int given = answers.answers().size();
        List<Integer> sequence = new ArrayList<>(given);
        // Every answer on a five-point scale, in the order given: what answer patterns are judged on.
        List<Integer> pattern = new ArrayList<>(given);
        // Items known only through a total (Interest Profiler scores without the answer string): no residual.
        int[] unobserved = new int[dims];
        double rawSum = 0;
        int rawCount = 0;
        EducationLevel held = null;
        Integer years = null;
        Integer experience = null;
        // Agreement items first collect raw answers: their key-corrected scores need the agreement bias.
        List<double[]> agreement = new ArrayList<>(given);
        // Per interest dimension: sum and count of its odd- and even-numbered items, for the split-half consistency.
        double[][] halves = new double[dims][4];
        QuestionRows rows = index.questionRows(bank);
        for (Answer a : answers.answers()) {
            QuestionRows.Row row = rows.of(a.question());
            if (row == null) {
                retired.add(a.question());
                continue;
            }
            if (!a.answered()) {
                continue;
            }
            Question q = row.question();
            int d = row.dimension();
            if (d >= 0 && !counted[index.family[d]]) {
                // A family this ranking leaves out: the answer still shows the answer pattern.
                pattern.add(a.value());
                continue;
            }
            switch (q.kind()) {
                case INTEREST -> {
                    add(sum, sumSq, d, q.itemScore(a.value()));
                    half(halves, d, row.position(), a.value());
                    sequence.add(a.value());
                    pattern.add(a.value());
                }
                case VALUE_CHOICE -> {
                    int e = row.versus();
                    double s = q.itemScore(a.value());
                    sum[d] += s;
                    answered[d]++;
                    sum[e] -= s;
                    answered[e]++;
                    pairs.add(new int[] {d, e});
                    choices[index.family[d]]++;
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
        answers.interestProfiler().filter(ip -> countsInterests()).ifPresent(ip -> {
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
                    int d = interestDimension(InterestProfilerResult.area(i));
                    add(sum, sumSq, d, (value - 3) / 2.0);
                    // Items R R I I ... five times: the k-th item of an area is at (i / 12) * 2 + i % 2.
                    half(halves, d, (i / 12) * 2 + i % 2, value);
                    sequence.add(value);
                    pattern.add(value);
                }
            }
        });
        if (held != null) {
            // A family measured by the education answer: +1 on the one dimension it selects (no item noise).
            for (int f = 0; f < familyCount; f++) {
                DimensionFamily family = index.families.get(f);
                if (counted[f] && family.measuredBy() == QuestionKind.EDUCATION_HELD) {
                    List<Dimension> members = Arrays.stream(index.members[f]).mapToObj(index.dimensions::get).toList();
                    family.selected(held.onetCategory(), members).ifPresent(dim -> {
                        int d = index.dimension(dim.id());
                        sum[d] += 1;
                        answered[d]++;
                    });
                }
            }
        }
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
            // A choice's two items are one answer: its spread within a dimension is no item noise.
            if (kind(d) != QuestionKind.VALUE_CHOICE && observed > 1) {
                residual += Math.max(0, sumSq[d] - sum[d] * sum[d] / answered[d]);
                freedom += observed - 1;
            }
            weight[d] = index.matcher[index.family[d]] == StandingMatcher.INSTANCE ? settings.weightOf(importance[d]) : 1;
        }
        this.measured = new int[familyCount][];
        this.weightSum = new double[familyCount];
        for (int f = 0; f < familyCount; f++) {
            measured[f] = answered(index.members[f]);
            for (int d : measured[f]) {
                weightSum[f] += weight[d];
            }
        }
        this.active = new boolean[familyCount];
        this.lambda = new double[familyCount];
        double total = 0;
        for (int f = 0; f < familyCount; f++) {
            active[f] = counted[f] && index.matcher[f].active(this, f);
            total += active[f] ? settings.weight(index.families.get(f)) : 0;
        }
        for (int f = 0; f < familyCount; f++) {
            lambda[f] = active[f] && total > 0 ? settings.weight(index.families.get(f)) / total : 0;
        }
        double prior = settings.noisePrior() * settings.noisePrior();
        this.noiseVariance = (residual + settings.noisePriorWeight() * prior) / (freedom + settings.noisePriorWeight());
        this.residualFreedom = freedom;
        // Interest Profiler scores without the answer string stand for the Short Form's 60 answered items.
        this.scoredItems = sequence.size() + Arrays.stream(unobserved).sum();
        this.consistency = consistency(halves);
        this.flags = flags(pattern, agreement);
        this.education = held;
        this.studyYears = years;
        this.experienceYears = experience;
        this.vector = new double[dims];
        this.dense = vector();
        this.dealBreaking = dealBreaking();
    }

    /**
     * The same person with other dimension means: a simulated retake (docs/scoring.md, "Stability"). Everything else
     * (weights, families counted, noise, flags, education) is kept, shared rather than copied since no one changes it
     * after construction; the fast path's vector and the deal-breakers follow the means.
     */
    private Respondent(Respondent base, double[] means) {
        this.bank = base.bank;
        this.settings = base.settings;
        this.answers = base.answers;
        this.index = base.index;
        this.mean = means;
        this.answered = base.answered;
        this.keyBalance = base.keyBalance;
        this.weight = base.weight;
        this.measured = base.measured;
        this.weightSum = base.weightSum;
        this.active = base.active;
        this.lambda = base.lambda;
        this.counted = base.counted;
        this.importance = base.importance;
        this.pairs = base.pairs;
        this.choices = base.choices;
        this.acquiescence = base.acquiescence;
        this.agreementItems = base.agreementItems;
        this.noiseVariance = base.noiseVariance;
        this.residualFreedom = base.residualFreedom;
        this.flags = base.flags;
        this.scoredItems = base.scoredItems;
        this.skills = base.skills;
        this.education = base.education;
        this.studyYears = base.studyYears;
        this.experienceYears = base.experienceYears;
        this.consistency = base.consistency;
        this.retired = base.retired;
        this.byQuestion = base.byQuestion;
        this.vector = new double[means.length];
        this.dense = vector();
        this.dealBreaking = dealBreaking();
    }

    /** The same person with other dimension means (a simulated retake, or the true means of a simulated person). */
    Respondent withMeans(double[] means) {
        return new Respondent(this, means.clone());
    }

    /**
     * A simulated retake under the stated noise model: a second take of the quiz, which differs from the answers
     * given by the noise of both takes, so every answered item of a measured dimension moves by normal noise of
     * sqrt(2) times the person's item noise sigma (estimated from their own answers, docs/scoring.md "Interval"), and a
     * dimension's mean by that over sqrt(its items); a value choice moves its two values' means together; the education
     * answer and the importance answers are kept as given. The interests are matched by their shape, and a shape
     * measured with noise looks more pronounced than it is: a retake starts from the person's interest profile
     * shrunk towards their own mean by {@link #interestShapeReliability()} and adds a second take's noise to it.
     */
    Respondent retake(java.util.Random random) {
        // Both takes are noisy: their difference has twice the variance of one take's noise.
        double sigma = Math.sqrt(2 * noiseVariance);
        double[] means = mean.clone();
        double shape = interestShapeReliability();
        double level = interestLevel();
        for (int d = 0; d < means.length; d++) {
            QuestionKind kind = kind(d);
            if (answered[d] > 0 && kind == QuestionKind.INTEREST) {
                // The true shape given this take: shrunk, with variance shape x one take's; plus the second take's.
                means[d] = level + shape * (mean[d] - level)
                        + Math.sqrt((1 + shape) * noiseVariance / answered[d]) * random.nextGaussian();
            } else if (answered[d] > 0 && kind == QuestionKind.AGREEMENT) {
                means[d] += sigma / Math.sqrt(answered[d]) * random.nextGaussian();
            }
        }
        for (int[] pair : pairs) {
            double e = sigma * random.nextGaussian();
            means[pair[0]] += e / answered[pair[0]];
            means[pair[1]] -= e / answered[pair[1]];
        }
        return new Respondent(this, means);
    }

    /** The mean of the person's answered interest areas' means (0 with none). */
    private double interestLevel() {
        double sum = 0;
        int n = 0;
        for (int d = 0; d < mean.length; d++) {
            if (answered[d] > 0 && kind(d) == QuestionKind.INTEREST) {
                sum += mean[d];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /**
     * How much of the spread of the person's interest areas around their own mean is not noise: the positive-part
     * James-Stein factor 1 - (p - 3) v / S over the p answered areas, S their squared deviations from the person's
     * mean and v the noise variance of an area's mean (the person's item noise over its answered items, averaged).
     * A flat or inconsistent profile gets a low factor, and a retake of it reorders the interests more; 1 with
     * three areas or fewer.
     */
    double interestShapeReliability() {
        double level = interestLevel();
        double spread = 0;
        double noise = 0;
        int p = 0;
        for (int d = 0; d < mean.length; d++) {
            if (answered[d] > 0 && kind(d) == QuestionKind.INTEREST) {
                spread += (mean[d] - level) * (mean[d] - level);
                noise += noiseVariance / answered[d];
                p++;
            }
        }
        if (p <= 3) {
            return 1;
        }
        if (spread == 0) {
            return 0;
        }
        return Math.max(0, 1 - (p - 3) * (noise / p) / spread);
    }

    /** The dimensions on which a role at the top of the catalog is a deal-breaker for this person. */
    private int[] dealBreaking() {
        int[] out = new int[mean.length];
        int n = 0;
        for (int d = 0; d < mean.length; d++) {
            if (index.matcher[index.family[d]].dealBreaking(this, d)) {
                out[n++] = d;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Those of {@code dims} the person answered, in their order. */
    private int[] answered(int[] dims) {
        int n = 0;
        for (int d : dims) {
            n += answered[d] > 0 ? 1 : 0;
        }
        int[] out = new int[n];
        n = 0;
        for (int d : dims) {
            if (answered[d] > 0) {
                out[n++] = d;
            }
        }
        return out;
    }

    /** Adds one interest item to its area's odd (position 0, 2, ...) or even half. */
    private static void half(double[][] halves, int d, int position, int value) {
        if (d < 0 || position < 0) {
            return;
        }
        int slot = position % 2 == 0 ? 0 : 2;
        halves[d][slot] += value;
        halves[d][slot + 1]++;
    }

    /**
     * The split-half consistency over the interest areas with at least two items in each half (at least four areas);
     * NaN with fewer, and 0 when one half has no spread while the other has (a cycle can do that).
     */
    private double consistency(double[][] halves) {
        List<double[]> areas = new ArrayList<>();
        for (int d = 0; d < halves.length; d++) {
            if (index.families.get(index.family[d]).measuredBy() == QuestionKind.INTEREST && halves[d][1] >= 2
                    && halves[d][3] >= 2) {
                areas.add(new double[] {halves[d][0] / halves[d][1], halves[d][2] / halves[d][3]});
            }
        }
        if (areas.size() < 4) {
            return Double.NaN;
        }
        double mx = areas.stream().mapToDouble(a -> a[0]).average().orElse(0);
        double my = areas.stream().mapToDouble(a -> a[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] a : areas) {
            sxy += (a[0] - mx) * (a[1] - my);
            sxx += (a[0] - mx) * (a[0] - mx);
            syy += (a[1] - my) * (a[1] - my);
        }
        if (sxx == 0 && syy == 0) {
            return Double.NaN;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** Fills {@link #vector}; whether the fast path applies. */
    private boolean vector() {
        boolean any = false;
        boolean all = true;
        for (int d = 0; d < mean.length; d++) {
            int f = index.family[d];
            if (lambda[f] == 0) {
                continue;
            }
            any = true;
            double v = index.matcher[f].vector(this, d, f);
            all &= !Double.isNaN(v);
            vector[d] = Double.isNaN(v) ? 0 : lambda[f] * v;
        }
        return any && all;
    }

    /** The families counted, or {@code null} for all: what a person made from fewer answers must count too. */
    List<DimensionFamily> countedFamilies() {
        List<DimensionFamily> out = new ArrayList<>();
        for (int f = 0; f < counted.length; f++) {
            if (counted[f]) {
                out.add(index.families.get(f));
            }
        }
        return out.size() == counted.length ? null : out;
    }

    /** The kind of question that measures dimension {@code d}. */
    QuestionKind kind(int d) {
        return index.families.get(index.family[d]).measuredBy();
    }

    private boolean countsInterests() {
        int f = index.families.indexOf(DimensionFamilies.INTEREST);
        return f >= 0 && counted[f];
    }

    private void add(double[] sum, double[] sumSq, int d, double score) {
        if (d < 0) {
            return;
        }
        sum[d] += score;
        sumSq[d] += score * score;
        answered[d]++;
    }

    /** The interest dimension that reads the area's O*NET rating, or -1: where Interest Profiler items go. */
    private int interestDimension(InterestArea area) {
        for (int d = 0; d < index.dimensions.size(); d++) {
            Dimension dimension = index.dimensions.get(d);
            if (dimension.family().equals(DimensionFamilies.INTEREST) && area.name().equals(dimension.level().source())) {
                return d;
            }
        }
        return -1;
    }

    Answer answer(QuestionId question) {
        Map<QuestionId, Answer> map = byQuestion;
        if (map == null) {
            // Racing threads make equal maps; the later answer to a question wins, as it always has.
            map = new HashMap<>();
            for (Answer a : answers.answers()) {
                map.put(a.question(), a);
            }
            byQuestion = map;
        }
        return map.get(question);
    }

    boolean measured(int d) {
        return answered[d] > 0;
    }

    /** Enough answers for a result (docs/scoring.md, "Normative reading, bands and close calls"). */
    boolean enoughForScore() {
        if (scoredItems < settings.minimumItems()) {
            return false;
        }
        for (int f = 0; f < active.length; f++) {
            if (active[f] && index.families.get(f).fitsAlone()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why there is no result yet, saying how many more answers and of what kind; {@code null} when there are
     * enough.
     */
    String shortfall() {
        if (enoughForScore()) {
            return null;
        }
        List<String> kinds = new ArrayList<>();
        List<String> minimums = new ArrayList<>();
        for (int f = 0; f < index.families.size(); f++) {
            if (counted[f] && index.members[f].length > 0 && index.families.get(f).fitsAlone()) {
                DimensionFamily family = index.families.get(f);
                kinds.add(family.label());
                minimums.add(family.minimumText());
            }
        }
        StringBuilder sb = new StringBuilder("Not enough answers for a result yet: ");
        if (scoredItems < settings.minimumItems()) {
            int more = settings.minimumItems() - scoredItems;
            sb.append("a result needs at least ").append(settings.minimumItems()).append(" answers to questions on ")
                    .append(or(kinds)).append(", and there ").append(scoredItems == 1 ? "is " : "are ")
                    .append(scoredItems == 0 ? "none" : scoredItems).append("; answer ").append(more).append(" more");
            sb.append(", including ").append(or(minimums)).append('.');
        } else {
            sb.append("the ").append(scoredItems).append(" answers do not yet give any part of the fit enough to go "
                    + "on; it needs ").append(or(minimums)).append('.');
        }
        return sb.toString();
    }

    private static String or(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    boolean verdictWithheld() {
        for (ResponseFlag flag : flags) {
            if (flag.withholdsVerdict()) {
                return true;
            }
        }
        return false;
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
            switch (kind(d)) {
                case INTEREST -> total += gamma[d] * gamma[d] / answered[d];
                case AGREEMENT -> {
                    total += gamma[d] * gamma[d] / answered[d];
                    shared += gamma[d] * keyBalance[d] / answered[d];
                }
                // Choices enter two dimensions at once: below, pair by pair.
                default -> { }
            }
        }
        if (agreementItems > 0) {
            double g = shared / agreementItems;
            total -= agreementItems * g * g;
        }
        for (int[] c : pairs) {
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
        // Contradiction: on dimensions with statements both ways, keyed means of opposite sign.
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
        if (consistency < settings.consistencyFloor()) {
            out.add(ResponseFlag.INCONSISTENT);
        }
        if (agreementItems >= 8 && Math.abs(acquiescence) >= 0.5) {
            out.add(ResponseFlag.AGREEMENT_BIAS);
        }
        return out;
    }
}
