package dev.careerfit.provider.tck;

import dev.careerfit.Api;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.provenance.Sourced;

/**
 * Entry point for careerfit's AssertJ assertions: {@code assertThat(sourced).isPublishedBy("...")},
 * {@code assertThat(role).hasConflictOn("industry")}.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class CareerfitAssertions {
    private CareerfitAssertions() {}

    public static SourcedAssert assertThat(Sourced<?> actual) {
        return new SourcedAssert(actual);
    }

    public static CareerRoleAssert assertThat(CareerRole actual) {
        return new CareerRoleAssert(actual);
    }
}
