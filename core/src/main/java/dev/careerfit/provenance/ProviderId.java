package dev.careerfit.provenance;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * Identifies a data provider, e.g. {@code onet}: the provider that supplied a value ({@link Provenance#providerId()}).
 * Providers themselves declare their id as text ({@code CareerDataProvider.id()}), so that the SPI stays as
 * third-party providers implement it; the catalog stamps it on every value as this type.
 *
 * @param value lower-case letters and digits separated by {@code -} or {@code .}
 * @since 0.5
 */
@Api(Api.Status.STABLE)
public record ProviderId(String value) implements Comparable<ProviderId> {
    public ProviderId {
        Checks.slug(value, "provider id");
    }

    public static ProviderId of(String value) {
        return new ProviderId(value);
    }

    @Override
    public int compareTo(ProviderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
