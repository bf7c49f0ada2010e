package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a question of the bank, e.g. {@code maths-intensity.2}; answers files and saved sessions refer to
 * questions by it.
 *
 * @param value lower-case letters and digits separated by {@code -} or {@code .}
 * @since 0.5
 */
@Api(Api.Status.STABLE)
public record QuestionId(String value) implements Comparable<QuestionId> {
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

    public QuestionId {
        Objects.requireNonNull(value, "question id");
        if (!isValid(value)) {
            throw new IllegalArgumentException("question id '" + value + "' must be lower-case letters and digits "
                    + "separated by '-' or '.', e.g. 'pay.1'");
        }
    }

    public static QuestionId of(String value) {
        return new QuestionId(value);
    }

    /** Whether {@code value} is a valid question id: lower-case letters and digits separated by '-' or '.'. */
    public static boolean isValid(String value) {
        return value != null && value.length() <= 200 && SLUG.matcher(value).matches();
    }

    @Override
    public int compareTo(QuestionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
