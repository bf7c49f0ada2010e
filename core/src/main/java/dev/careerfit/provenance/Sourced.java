package dev.careerfit.provenance;

import dev.careerfit.Api;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value together with its provenance. Every statistic in careerfit travels in one of these, and so
 * does every result computed from one, so any number can be traced back to who published it.
 *
 * @param value      the value
 * @param provenance where it comes from
 * @param <T>        the type of value
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record Sourced<T>(T value, Provenance provenance) {
    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }

    public static <T> Sourced<T> of(T value, Provenance provenance) {
        return new Sourced<>(value, provenance);
    }

    /** The same provenance on a derived value, e.g. a salary converted to hourly. */
    public <R> Sourced<R> map(Function<? super T, ? extends R> mapper) {
        return new Sourced<>(mapper.apply(value), provenance);
    }

    public Sourced<T> withProvenance(Provenance p) {
        return new Sourced<>(value, p);
    }
}
