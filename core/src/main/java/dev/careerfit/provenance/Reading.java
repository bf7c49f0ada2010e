package dev.careerfit.provenance;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * careerfit's reading of a source's words: the value (a 1-5 work-factor intensity, a skill's proficiency)
 * is careerfit's, made from the words quoted here, which are the source's. A value with a reading is
 * careerfit's own (its provenance names a careerfit source); this says whose words it read and which.
 *
 * @param source the source whose words careerfit read, e.g. a career guide
 * @param words  the sentence careerfit read, as the source writes it
 * @since 0.3
 */
@Api(Api.Status.EXPERIMENTAL)
public record Reading(Source source, String words) {
    public Reading {
        Checks.notNull(source, "source");
        words = Checks.notBlank(words, "words");
    }

    /** {@code careerfit's reading of Unnamed blog: "Strong programming skills ..."}. */
    public String describe() {
        return "careerfit's reading of " + source.publisher() + ": \"" + words + "\"";
    }
}
