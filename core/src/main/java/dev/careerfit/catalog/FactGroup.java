package dev.careerfit.catalog;

import dev.careerfit.Api;
import dev.careerfit.fact.FactKind;
import dev.careerfit.provenance.Sourced;
import java.util.List;
import java.util.Objects;

/**
 * Every sourced value the catalog holds about one thing (the U.S. salary of a role, technology's
 * share of its jobs, its maths intensity), in the order the conflict policy prefers them. The first
 * is the value the catalog uses; the others are kept, not discarded.
 *
 * @param kind        what sort of fact
 * @param topic       stable key of the thing within the role, e.g. {@code US//:USD} for the U.S. salary
 * @param subject     the thing in plain words, e.g. "salary in US (USD)"
 * @param values      every value, preferred first; never empty
 * @param differences what the values disagree on ("amount", "framing as pro or con"), or empty when
 *                    they agree
 * @param resolution  which value was chosen and by which policy, when the values disagree (the
 *                    policy's rule is {@link CareerCatalog#conflictPolicy()}'s description); otherwise
 *                    {@code null}
 * @param <T>         the type of value
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record FactGroup<T>(FactKind<T> kind, String topic, String subject, List<Sourced<T>> values,
                           List<String> differences, String resolution) {
    public FactGroup {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        values = List.copyOf(values);
        differences = List.copyOf(differences);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a fact group needs at least one value");
        }
    }

    /** Whether at least two values disagree. */
    public boolean disputed() {
        return !differences.isEmpty();
    }

    /** The value the catalog uses, chosen by the conflict policy. */
    public Sourced<T> chosen() {
        return values.get(0);
    }

    /** The chosen value without its provenance. */
    public T value() {
        return chosen().value();
    }

    /** The chosen value in plain words. */
    public String text() {
        return kind.text(value());
    }

    /** The values that were not chosen. */
    public List<Sourced<T>> alternatives() {
        return values.subList(1, values.size());
    }

    /**
     * The values that disagree with at least one other value, in order; empty when they all agree. A value
     * that agrees with every other (a range that holds the others' figures) is not among them.
     */
    public List<Sourced<T>> disagreeing() {
        List<Sourced<T>> list = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            for (int j = 0; j < values.size(); j++) {
                if (i != j && !kind.differences(values.get(i).value(), values.get(j).value()).isEmpty()) {
                    list.add(values.get(i));
                    break;
                }
            }
        }
        return list;
    }

    /**
     * The first value that disagrees with the chosen one and that {@code policy} does not rank below it: the
     * proof that the policy alone did not choose (the order the values came in did); empty when it did.
     */
    public java.util.Optional<Sourced<T>> tiedWithChosen(ConflictPolicy policy) {
        Sourced<T> chosen = chosen();
        return rivals().stream().filter(v -> policy.compare(chosen, v) >= 0).findFirst();
    }

    /** The values that disagree with the chosen one, else (when it agrees with all) every other value. */
    List<Sourced<T>> rivals() {
        Sourced<T> chosen = chosen();
        List<Sourced<T>> rivals = values.stream().skip(1)
                .filter(v -> !kind.differences(chosen.value(), v.value()).isEmpty()).toList();
        return rivals.isEmpty() ? alternatives() : rivals;
    }

    /** Whether {@code value}, one of {@link #values()}, agrees with every other value. */
    public boolean agreesWithAll(Sourced<?> value) {
        T mine = kind.cast(value.value());
        return values.stream().allMatch(v -> v == value || kind.differences(mine, v.value()).isEmpty());
    }
}
