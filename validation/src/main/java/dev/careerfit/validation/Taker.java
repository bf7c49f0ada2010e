package dev.careerfit.validation;

import dev.careerfit.education.EducationLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * What a ranking method is given about one person: the six Interest Profiler area scores (0-40, R I A S E C)
 * and, when known, the highest education held.
 *
 * @param scores    the six area scores
 * @param education the highest education held, or {@code null} when not answered
 */
public record Taker(int[] scores, EducationLevel education) {
    public Taker {
        Objects.requireNonNull(scores, "scores");
        if (scores.length != 6) {
            throw new IllegalArgumentException("six area scores");
        }
        for (int s : scores) {
            if (s < 0 || s > 40) {
                throw new IllegalArgumentException("area scores are 0-40, was " + s);
            }
        }
        scores = scores.clone();
    }

    public Optional<EducationLevel> educationHeld() {
        return Optional.ofNullable(education);
    }

    /** Whether the six scores differ at all: with every area alike there is no profile shape. */
    public boolean hasShape() {
        for (int s : scores) {
            if (s != scores[0]) {
                return true;
            }
        }
        return false;
    }
}
