package dev.careerfit.catalog;

import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Ready-made {@link ConflictPolicy conflict policies}. The catalog's default is
 * {@link #authoritativeSourceFirst()}.
 *
 * @since 0.1
 */
public final class ConflictPolicies {
    private static final Comparator<ReferencePeriod> NEWEST_FIRST =
            Comparator.nullsLast(Comparator.<ReferencePeriod>reverseOrder());
    private static final Comparator<Sourced<?>> RECENCY = (a, b) ->
            NEWEST_FIRST.compare(a.provenance().referencePeriod(), b.provenance().referencePeriod());

    private ConflictPolicies() {}

    /**
     * The default: prefer the more authoritative kind of source (official statistics, then job-market
     * data, surveys, industry reports, editorial guides, careerfit's own assessments), then the more
     * recent reference period (a value with a period before one without).
     */
    public static ConflictPolicy authoritativeSourceFirst() {
        return of("authoritative-source-first", "prefer official statistics, then job-market data, surveys, "
                        + "industry reports, editorial guides and careerfit's own assessments; then the most recent "
                        + "reference period.",
                rank(s -> s.provenance().source().kind().ordinal()).thenComparing(RECENCY));
    }

    /** Prefer the value whose reference period ends later; values without a period come last. */
    public static ConflictPolicy mostRecentFirst() {
        return of("most-recent-first", "prefer the value with the most recent reference period.", RECENCY);
    }

    /** Prefer values from the given providers, in the order given; others after them, by the default policy. */
    public static ConflictPolicy preferProviders(String... providerIds) {
        List<String> ids = List.of(providerIds);
        return of("prefer-providers" + ids, "prefer values from providers " + String.join(", ", ids)
                        + " in that order.",
                rank(s -> indexOrEnd(ids, s.provenance().providerId()))).thenComparing(authoritativeSourceFirst());
    }

    /** Prefer values from the given sources, in the order given; others after them, by the default policy. */
    public static ConflictPolicy preferSources(SourceId... sourceIds) {
        List<SourceId> ids = List.of(sourceIds);
        return of("prefer-sources" + ids, "prefer values from sources " + ids + " in that order.",
                rank(s -> indexOrEnd(ids, s.provenance().source().id()))).thenComparing(authoritativeSourceFirst());
    }

    /** Prefer source kinds in the given order; kinds not listed come last. */
    public static ConflictPolicy preferKinds(SourceKind... kinds) {
        List<SourceKind> order = Arrays.asList(kinds);
        return of("prefer-kinds" + order, "prefer sources of kind " + order + " in that order.",
                rank(s -> indexOrEnd(order, s.provenance().source().kind())));
    }

    /**
     * A policy from a comparator of your own.
     *
     * @param name        short name for reports
     * @param description the rule in one sentence
     * @param comparator  negative when the first value is preferred
     */
    public static ConflictPolicy of(String name, String description, Comparator<Sourced<?>> comparator) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(comparator, "comparator");
        return new ConflictPolicy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public int compare(Sourced<?> a, Sourced<?> b) {
                return comparator.compare(a, b);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private static Comparator<Sourced<?>> rank(ToIntFunction<Sourced<?>> rank) {
        return Comparator.comparingInt(rank);
    }

    private static <T> int indexOrEnd(List<T> list, T value) {
        int i = value == null ? -1 : list.indexOf(value);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
