package dev.careerfit.fact;

import dev.careerfit.Api;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Sourced;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * The sourced facts one provider gives about one role, by {@link FactKind}. Immutable; lists are
 * never {@code null} (a kind with no facts has an empty list). Built with {@link #builder()}.
 *
 * <pre>{@code
 * Facts facts = Facts.builder()
 *         .add(FactKinds.SALARY, Sourced.of(band, provenance))
 *         .add(FactKinds.TASK, Sourced.of(task, provenance))
 *         .build();
 * List<Sourced<SalaryBand>> pay = facts.of(FactKinds.SALARY);
 * }</pre>
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class Facts {
    private static final Facts EMPTY = new Facts(new List<?>[0]);

    /** One list per kind, by {@link FactKind#ordinal()}; shorter than {@link FactKinds#all()} when the tail is empty. */
    private final List<?>[] lists;

    private Facts(List<?>[] lists) {
        this.lists = lists;
    }

    public static Facts empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The facts of one kind, in the order the provider gave them. */
    @SuppressWarnings("unchecked")
    public <T> List<Sourced<T>> of(FactKind<T> kind) {
        int i = kind.ordinal();
        return i < lists.length && lists[i] != null ? (List<Sourced<T>>) lists[i] : List.of();
    }

    /** Whether there is at least one fact of {@code kind}. */
    public boolean has(FactKind<?> kind) {
        return !of(kind).isEmpty();
    }

    /** The kinds with at least one fact, in {@link FactKinds#all()} order. */
    public Set<FactKind<?>> kinds() {
        Set<FactKind<?>> kinds = new LinkedHashSet<>();
        forEach((k, l) -> kinds.add(k));
        return Collections.unmodifiableSet(kinds);
    }

    /** How many facts there are, of every kind. */
    public int size() {
        int n = 0;
        for (List<?> l : lists) {
            n += l == null ? 0 : l.size();
        }
        return n;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** Calls {@code action} for every kind that has facts, in {@link FactKinds#all()} order. */
    public void forEach(BiConsumer<FactKind<?>, List<? extends Sourced<?>>> action) {
        List<FactKind<?>> all = FactKinds.all();
        for (int i = 0; i < lists.length; i++) {
            if (lists[i] != null && !lists[i].isEmpty()) {
                @SuppressWarnings("unchecked")
                List<? extends Sourced<?>> l = (List<? extends Sourced<?>>) lists[i];
                action.accept(all.get(i), l);
            }
        }
    }

    /** Every fact, whatever its kind. */
    public List<Sourced<?>> all() {
        List<Sourced<?>> out = new ArrayList<>(size());
        forEach((k, l) -> out.addAll(l));
        return out;
    }

    /** The same facts with every provenance passed through {@code change}: one copy of each fact. */
    public Facts withProvenance(UnaryOperator<Provenance> change) {
        List<?>[] copy = new List<?>[lists.length];
        for (int i = 0; i < lists.length; i++) {
            if (lists[i] != null) {
                List<Sourced<?>> out = new ArrayList<>(lists[i].size());
                for (Object o : lists[i]) {
                    Sourced<?> s = (Sourced<?>) o;
                    out.add(s.withProvenance(change.apply(s.provenance())));
                }
                copy[i] = Collections.unmodifiableList(out);
            }
        }
        return new Facts(copy);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Facts other)) {
            return false;
        }
        int n = Math.max(lists.length, other.lists.length);
        for (int i = 0; i < n; i++) {
            List<?> a = i < lists.length && lists[i] != null ? lists[i] : List.of();
            List<?> b = i < other.lists.length && other.lists[i] != null ? other.lists[i] : List.of();
            if (!a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (List<?> l : lists) {
            h = 31 * h + (l == null || l.isEmpty() ? 0 : l.hashCode());
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Facts[");
        forEach((k, l) -> sb.append(sb.length() > 6 ? ", " : "").append(k.id()).append('=').append(l.size()));
        return sb.append(']').toString();
    }

    /** Collects facts by kind. Not thread-safe. */
    @Api(Api.Status.STABLE)
    public static final class Builder {
        private final List<?>[] lists = new List<?>[FactKinds.all().size()];

        private Builder() {}

        /** Adds one fact; its value must be of the kind's type. */
        public <T> Builder add(FactKind<T> kind, Sourced<T> fact) {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(fact, "fact");
            kind.cast(fact.value());
            list(kind).add(fact);
            return this;
        }

        /** Adds one fact from a value and its provenance. */
        public <T> Builder add(FactKind<T> kind, T value, Provenance provenance) {
            return add(kind, Sourced.of(value, provenance));
        }

        /** Adds every fact in {@code facts}, checking each value against the kind's type. */
        public Builder addAll(FactKind<?> kind, List<? extends Sourced<?>> facts) {
            for (Sourced<?> f : facts) {
                Objects.requireNonNull(f, "fact");
                kind.cast(f.value());
                listOf(kind).add(f);
            }
            return this;
        }

        /** Adds every fact of {@code other}. */
        public Builder addAll(Facts other) {
            other.forEach(this::addAll);
            return this;
        }

        public boolean isEmpty() {
            return Arrays.stream(lists).allMatch(l -> l == null || l.isEmpty());
        }

        public Facts build() {
            int last = lists.length;
            while (last > 0 && (lists[last - 1] == null || lists[last - 1].isEmpty())) {
                last--;
            }
            if (last == 0) {
                return EMPTY;
            }
            List<?>[] out = new List<?>[last];
            for (int i = 0; i < last; i++) {
                out[i] = lists[i] == null || lists[i].isEmpty() ? null : List.copyOf(lists[i]);
            }
            return new Facts(out);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private <T> List<Sourced<T>> list(FactKind<T> kind) {
            return (List) listOf(kind);
        }

        @SuppressWarnings("unchecked")
        private List<Sourced<?>> listOf(FactKind<?> kind) {
            int i = kind.ordinal();
            if (lists[i] == null) {
                lists[i] = new ArrayList<Sourced<?>>();
            }
            return (List<Sourced<?>>) lists[i];
        }
    }
}
