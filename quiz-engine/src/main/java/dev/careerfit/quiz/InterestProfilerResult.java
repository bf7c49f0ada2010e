package dev.careerfit.quiz;

import dev.careerfit.Api;
import dev.careerfit.role.InterestArea;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Results of the O*NET Interest Profiler Short Form, which careerfit accepts in place of (or besides) its
 * own interest items: either the 60-digit answer string, or the six area scores.
 *
 * <p>The answer string has one digit per item, 1 (strongly dislike) to 5 (strongly like), in the
 * Profiler's order: items cycle through the areas two at a time, R R I I A A S S E E C C, five times over.
 * An area's score is the sum of (answer - 1) over its ten items, 0 to 40.
 *
 * <pre>{@code
 * InterestProfilerResult ip = InterestProfilerResult.parse("451123...");      // 60 digits
 * InterestProfilerResult six = InterestProfilerResult.ofScores(Map.of(InterestArea.REALISTIC, 12, ...));
 * }</pre>
 *
 * @param answers the 60 digits, or {@code null} when only scores were given
 * @param scores  the six area scores, 0 to 40 each
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public record InterestProfilerResult(String answers, Map<InterestArea, Integer> scores) {
    /** Items in the Short Form. */
    public static final int ITEMS = 60;
    /** Items per area. */
    public static final int ITEMS_PER_AREA = 10;
    /** Highest area score: ten items at 4 points each. */
    public static final int MAX_SCORE = 40;

    public InterestProfilerResult {
        Objects.requireNonNull(scores, "scores");
        EnumMap<InterestArea, Integer> copy = new EnumMap<>(InterestArea.class);
        copy.putAll(scores);
        for (InterestArea a : InterestArea.values()) {
            Integer s = copy.get(a);
            if (s == null || s < 0 || s > MAX_SCORE) {
                throw new IllegalArgumentException("the Interest Profiler score for " + a.name().toLowerCase()
                        + " must be between 0 and " + MAX_SCORE + ", was " + s);
            }
        }
        scores = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads the 60-digit answer string (spaces are ignored).
     *
     * @throws IllegalArgumentException saying which position is wrong
     */
    public static InterestProfilerResult parse(String digits) {
        Objects.requireNonNull(digits, "digits");
        String s = digits.replace(" ", "");
        if (s.length() != ITEMS) {
            throw new IllegalArgumentException("an Interest Profiler answer string has " + ITEMS + " digits (one per "
                    + "item, 1-5), this one has " + s.length());
        }
        EnumMap<InterestArea, Integer> scores = new EnumMap<>(InterestArea.class);
        for (int i = 0; i < ITEMS; i++) {
            char c = s.charAt(i);
            if (c < '1' || c > '5') {
                throw new IllegalArgumentException("Interest Profiler item " + (i + 1) + " is '" + c
                        + "'; each answer is a digit from 1 (strongly dislike) to 5 (strongly like)");
            }
            scores.merge(area(i), c - '1', Integer::sum);
        }
        return new InterestProfilerResult(s, scores);
    }

    /** From the six area scores, 0 to 40 each. */
    public static InterestProfilerResult ofScores(Map<InterestArea, Integer> scores) {
        return new InterestProfilerResult(null, scores);
    }

    /** The area item {@code index} (0-based) of the Short Form belongs to. */
    public static InterestArea area(int index) {
        return InterestArea.values()[(index % 12) / 2];
    }

    /** The answer (1-5) to item {@code index} (0-based), when the answer string was given. */
    public Optional<Integer> answer(int index) {
        return answers == null ? Optional.empty() : Optional.of(answers.charAt(index) - '0');
    }

    /** The area's mean item score on careerfit's -1..1 scale: (score / 10 - 2) / 2. */
    public double meanItemScore(InterestArea area) {
        return (scores.get(area) / (double) ITEMS_PER_AREA - 2) / 2;
    }
}
