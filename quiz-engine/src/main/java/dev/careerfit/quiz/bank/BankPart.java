package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import java.util.Objects;

/**
 * One document a question bank was read from: the built-in bank, or one a provider jar listed in
 * {@code META-INF/careerfit/questions}.
 *
 * @param id       the document's id
 * @param version  the document's version
 * @param location where it was read from (a resource path or file)
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record BankPart(String id, String version, String location) {
    public BankPart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(location, "location");
    }
}
