package dev.careerfit.role;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * An occupation's rating on one content element and scale, e.g. Mathematics, importance 3.75 of 5.
 * O*NET publishes importance and level as separate ratings, each with its own sample and precision,
 * so each is its own value; the precision travels in the provenance.
 *
 * @param element the element rated
 * @param rating  the value on its scale
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record ElementRating(ContentElement element, Rating rating) {
    public ElementRating {
        Checks.notNull(element, "element");
        Checks.notNull(rating, "rating");
    }
}
