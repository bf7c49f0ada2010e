package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import java.util.List;
import java.util.Objects;

/**
 * careerfit's documented formula for an occupation's level on a work factor that no source rates
 * directly, from what the O*NET and BLS releases publish. Every formula gives a level from 1 (hardly
 * at all) to 5 (a defining feature), the scale the career guides use, and the level carries the facts
 * it came from (docs/scoring.md, "Derived levels for O*NET occupations").
 *
 * @param formula  how the level is computed
 * @param elements the O*NET elements an {@link Formula#ELEMENT_MEAN} averages; empty for other formulas
 * @since 0.3
 */
@Api(Api.Status.STABLE)
public record Derivation(Formula formula, List<Element> elements) {
    /** The formulas. */
    @Api(Api.Status.STABLE)
    public enum Formula {
        /** 1 + 4 × the mean of the elements' ratings, each placed on 0..1 within its scale. */
        ELEMENT_MEAN,
        /** 1 + 4 × the occupation's OEWS median annual wage as a percentile of all occupations' medians. */
        MEDIAN_WAGE_PERCENTILE,
        /**
         * 1 + 4 × the mean of two percentiles among all occupations: EP projected employment growth (%), and
         * EP openings a year per 100 jobs in the base year.
         */
        GROWTH_AND_OPENINGS,
        /** The O*NET job zone itself, 1 to 5. */
        JOB_ZONE,
        /** 1 + 4 × the percentile of the number of O*NET "hot technologies" the occupation uses. */
        HOT_TECHNOLOGIES
    }

    /**
     * One O*NET element rating.
     *
     * @param fact    the fact kind id: {@code skill-rating}, {@code knowledge-rating} or {@code work-style-rating}
     * @param element the O*NET content model id, e.g. {@code 2.A.1.e} (Mathematics)
     * @param scale   the O*NET scale id, e.g. {@code LV} (level), {@code IM} (importance), {@code WI} (impact)
     */
    @Api(Api.Status.STABLE)
    public record Element(String fact, String element, String scale) {
        public Element {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(scale, "scale");
        }
    }

    public Derivation {
        Objects.requireNonNull(formula, "formula");
        elements = elements == null ? List.of() : List.copyOf(elements);
    }
}
