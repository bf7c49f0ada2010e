package dev.careerfit.provenance;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * Identifies a {@link Source} within the catalog, e.g. {@code bls-ooh} or {@code glassdoor}.
 *
 * @param value lower-case letters and digits separated by {@code -} or {@code .}
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record SourceId(String value) implements Comparable<SourceId> {
    public SourceId {
        Checks.slug(value, "source id");
    }

    public static SourceId of(String value) {
        return new SourceId(value);
    }

    @Override
    public int compareTo(SourceId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
