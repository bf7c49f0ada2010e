package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import java.util.Objects;

/**
 * One answer a person can pick: the value stored in answers files and the words shown.
 *
 * @param value the stored value, e.g. 4
 * @param label the words shown, e.g. "Agree"
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record ResponseOption(int value, String label) {
    public ResponseOption {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("option label must not be blank");
        }
        label = label.strip();
    }
}
