package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.provenance.Sourced;

/**
 * Decides which of several disagreeing values the catalog uses. A policy only ranks values; the
 * catalog breaks remaining ties by provider order (higher priority, then id) and then by the order a
 * provider listed its values, so the choice is always deterministic. Ready-made policies are in
 * {@link ConflictPolicies}.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public interface ConflictPolicy {

    /** Short name for reports, e.g. {@code authoritative-source-first}. */
    String name();

    /** The rule in one sentence, quoted whenever the catalog reports a disagreement. */
    String description();

    /** Negative when {@code a} is preferred over {@code b}, positive when {@code b} is, 0 for no preference. */
    int compare(Sourced<?> a, Sourced<?> b);

    /**
     * How the policy ranks two values, in words, for the reason a disagreement gives: "official statistics
     * before a survey", or, where it has no preference, what makes them alike ("both careerfit's readings of
     * a source's words"). Empty when the policy cannot say.
     */
    default java.util.Optional<String> explain(Sourced<?> a, Sourced<?> b) {
        return java.util.Optional.empty();
    }

    /** This policy, and {@code next} where this one has no preference. */
    default ConflictPolicy thenComparing(ConflictPolicy next) {
        ConflictPolicy first = this;
        return new ConflictPolicy() {
            @Override
            public String name() {
                return first.name() + "+" + next.name();
            }

            @Override
            public String description() {
                return first.description() + " Otherwise: " + next.description();
            }

            @Override
            public int compare(Sourced<?> a, Sourced<?> b) {
                int c = first.compare(a, b);
                return c != 0 ? c : next.compare(a, b);
            }

            @Override
            public java.util.Optional<String> explain(Sourced<?> a, Sourced<?> b) {
                return first.compare(a, b) != 0 ? first.explain(a, b) : next.explain(a, b);
            }
        };
    }
}
