package dev.careerfit.fact;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of fact careerfit knows about a role (a salary, an industry's share of jobs, an O*NET skill
 * rating...) and everything the library does with it in one place: the value's type, the name a
 * provider document uses for it, how values are grouped into "the same thing" and compared, which
 * aspect two disagreeing values differ on, and how a value reads in plain words. Validation, merging,
 * conflict detection, documents and display all loop over {@link FactKinds#all()}, so adding a kind of
 * fact is one constant in {@link FactKinds}.
 *
 * <p>Kinds are identity-compared singletons; only {@link FactKinds} creates them.
 *
 * @param <T> the type of value
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class FactKind<T> {
    private final int index;
    private final String id;
    private final String field;
    private final Class<T> type;
    private final String heading;
    private final Function<? super T, String> topic;
    private final Function<? super T, String> subject;
    private final Function<? super T, String> text;
    private final Comparison<? super T> comparison;
    private final List<FactKind<?>> context;

    private FactKind(Builder<T> b, int index) {
        this.index = index;
        this.id = b.id;
        this.field = b.field;
        this.type = b.type;
        this.heading = b.heading;
        this.topic = b.topic;
        this.subject = b.subject;
        this.text = b.text;
        this.comparison = b.comparison;
        this.context = List.copyOf(b.context);
    }

    /** Stable id, e.g. {@code salary}; used in reports and JSON. */
    public String id() {
        return id;
    }

    /** The field name that holds a list of this kind in a role of a provider document, e.g. {@code salaries}. */
    public String field() {
        return field;
    }

    /** The value type. */
    public Class<T> type() {
        return type;
    }

    /** A heading for a section listing this kind, e.g. "Pay". */
    public String heading() {
        return heading;
    }

    /**
     * The key that makes two values about "the same thing" within a role: the salaries of one place
     * and currency, the share of one industry. Values with the same topic form one
     * {@link dev.careerfit.catalog.FactGroup FactGroup}.
     */
    public String topic(T value) {
        return topic.apply(value);
    }

    /** The thing a group of values is about, in plain words: "salary in US (USD)". */
    public String subject(T value) {
        return subject.apply(value);
    }

    /** The value in plain words, one line: "mean $112,430 a year". */
    public String text(T value) {
        return text.apply(value);
    }

    /** Whether values of this kind can disagree; statements such as tasks and tips cannot. */
    public boolean comparable() {
        return comparison != null;
    }

    /**
     * What two values of the same topic differ on ("amount", "framing as pro or con"...), or empty when
     * they agree. Values of a kind that is not {@link #comparable()} always agree.
     */
    public List<String> differences(T a, T b) {
        return comparison == null ? List.of() : comparison.differences(a, b);
    }

    /**
     * Kinds whose facts help judge a disagreement about this kind, e.g. the education people in a job
     * hold beside the education a source says it needs.
     */
    public List<FactKind<?>> context() {
        return context;
    }

    /** This kind's position in {@link FactKinds#all()}. */
    public int ordinal() {
        return index;
    }

    /** {@code value} as a value of this kind, or a {@link ClassCastException} naming both. */
    public T cast(Object value) {
        if (!type.isInstance(value)) {
            throw new ClassCastException("a " + id + " fact must be a " + type.getSimpleName() + ", was "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return type.cast(value);
    }

    /** The kind with this id among {@link FactKinds#all()}. */
    public static Optional<FactKind<?>> byId(String id) {
        return FactKinds.all().stream().filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }

    /** What two values of one topic differ on; empty when they agree. */
    @FunctionalInterface
    interface Comparison<T> {
        List<String> differences(T a, T b);

        /** Values agree when {@code same} holds, else they differ on {@code aspect}. */
        static <T> Comparison<T> on(String aspect, java.util.function.BiPredicate<? super T, ? super T> same) {
            return (a, b) -> same.test(a, b) ? List.of() : List.of(aspect);
        }
    }

    static <T> Builder<T> builder(String id, String field, Class<T> type, String heading) {
        return new Builder<>(id, field, type, heading);
    }

    /** Collects a kind's parts; {@link FactKinds} builds every kind. */
    static final class Builder<T> {
        private final String id;
        private final String field;
        private final Class<T> type;
        private final String heading;
        private Function<? super T, String> topic;
        private Function<? super T, String> subject;
        private Function<? super T, String> text;
        private Comparison<? super T> comparison;
        private List<FactKind<?>> context = List.of();

        private Builder(String id, String field, Class<T> type, String heading) {
            this.id = Checks.slug(id, "fact kind id");
            this.field = Checks.notBlank(field, "field");
            this.type = Objects.requireNonNull(type, "type");
            this.heading = Checks.notBlank(heading, "heading");
        }

        Builder<T> topic(Function<? super T, String> f) {
            this.topic = f;
            return this;
        }

        Builder<T> subject(Function<? super T, String> f) {
            this.subject = f;
            return this;
        }

        Builder<T> text(Function<? super T, String> f) {
            this.text = f;
            return this;
        }

        Builder<T> comparison(Comparison<? super T> c) {
            this.comparison = c;
            return this;
        }

        Builder<T> context(FactKind<?>... kinds) {
            this.context = List.of(kinds);
            return this;
        }

        FactKind<T> build(int index) {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(text, "text");
            if (subject == null) {
                subject = v -> heading.toLowerCase(java.util.Locale.ROOT);
            }
            return new FactKind<>(this, index);
        }
    }
}
