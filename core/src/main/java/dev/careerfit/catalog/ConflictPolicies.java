package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Ready-made {@link ConflictPolicy conflict policies}. The catalog's default is
 * {@link #authoritativeSourceFirst()}.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
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
        ConflictPolicy ranked = of("authoritative-source-first", "prefer official statistics, then job-market data, "
                        + "surveys, industry reports, editorial guides' own words, careerfit's readings of a source's "
                        + "words and careerfit's own estimates; then the most recent reference period.",
                rank(ConflictPolicies::authority).thenComparing(RECENCY));
        return new ConflictPolicy() {
            @Override
            public String name() {
                return ranked.name();
            }

            @Override
            public String description() {
                return ranked.description();
            }

            @Override
            public int compare(Sourced<?> a, Sourced<?> b) {
                return ranked.compare(a, b);
            }

            @Override
            public Optional<String> explain(Sourced<?> a, Sourced<?> b) {
                int x = authority(a);
                int y = authority(b);
                if (x != y) {
                    return Optional.of(AUTHORITY.get(Math.min(x, y)) + " before " + AUTHORITY.get(Math.max(x, y)));
                }
                int recency = RECENCY.compare(a, b);
                if (recency != 0) {
                    Sourced<?> newer = recency < 0 ? a : b;
                    Sourced<?> older = newer == a ? b : a;
                    return Optional.of("both of one rank (" + AUTHORITY.get(x) + "); the more recent reference period ("
                            + newer.provenance().referencePeriod() + " before " + (older.provenance().referencePeriod()
                            == null ? "none" : older.provenance().referencePeriod()) + ")");
                }
                return Optional.of("both of one rank (" + AUTHORITY.get(x) + "), neither with a more recent "
                        + "reference period");
            }

            @Override
            public String toString() {
                return ranked.name();
            }
        };
    }

    /**
     * How {@link #authoritativeSourceFirst()} ranks a value, lower first: the source kind's order, with
     * careerfit's readings of a source's words after editorial guides and before careerfit's own estimates.
     */
    private static int authority(Sourced<?> s) {
        SourceKind kind = s.provenance().source().kind();
        return kind == SourceKind.CAREERFIT_ASSESSMENT && s.provenance().reading() != null
                ? SourceKind.CAREERFIT_ASSESSMENT.ordinal() : kind.ordinal() + (kind == SourceKind.CAREERFIT_ASSESSMENT ? 1 : 0);
    }

    /** What each rank of {@link #authority} is, in words. */
    private static final List<String> AUTHORITY = List.of("official statistics", "job-market data", "a survey",
            "an industry report", "an editorial guide's own words", "careerfit's reading of a source's words",
            "careerfit's own estimate");

    /** Prefer the value whose reference period ends later; values without a period come last. */
    public static ConflictPolicy mostRecentFirst() {
        return of("most-recent-first", "prefer the value with the most recent reference period.", RECENCY);
    }

    /** Prefer values from the given providers, in the order given; others after them, by the default policy. */
    public static ConflictPolicy preferProviders(String... providerIds) {
        List<String> ids = List.of(providerIds);
        return of("prefer-providers" + ids, "prefer values from providers " + String.join(", ", ids)
                        + " in that order.",
                rank(s -> indexOrEnd(ids, s.provenance().providerId() == null ? null
                        : s.provenance().providerId().value()))).thenComparing(authoritativeSourceFirst());
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
