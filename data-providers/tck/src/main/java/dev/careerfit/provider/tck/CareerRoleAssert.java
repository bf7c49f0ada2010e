package dev.careerfit.provider.tck;

import dev.careerfit.Api;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.Conflict;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.market.SalaryBand;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a merged {@link CareerRole}.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public class CareerRoleAssert extends AbstractAssert<CareerRoleAssert, CareerRole> {

    protected CareerRoleAssert(CareerRole actual) {
        super(actual, CareerRoleAssert.class);
    }

    public CareerRoleAssert hasTitle(String title) {
        isNotNull();
        if (!actual.title().equals(title)) {
            failWithMessage("Expected role <%s> to have title <%s> but was <%s>", actual.id(), title, actual.title());
        }
        return this;
    }

    /** The role has a salary at the place (city, state or country code) from the given publisher. */
    public CareerRoleAssert hasSalaryAtFrom(String place, String publisher) {
        isNotNull();
        List<FactGroup<SalaryBand>> groups = actual.salariesAt(place);
        boolean found = groups.stream().flatMap(g -> g.values().stream())
                .anyMatch(v -> v.provenance().source().publisher().equals(publisher));
        if (!found) {
            failWithMessage("Expected role <%s> to have a salary at <%s> from <%s> but its salaries there come from %s",
                    actual.id(), place, publisher, groups.stream().flatMap(g -> g.values().stream())
                            .map(v -> v.provenance().source().publisher()).distinct().toList());
        }
        return this;
    }

    /** Sources disagree on a fact of this kind ({@code salary}, {@code industry}, {@code education}...). */
    public CareerRoleAssert hasConflictOn(String kind) {
        isNotNull();
        if (actual.conflicts().stream().noneMatch(c -> c.kind().id().equals(kind))) {
            failWithMessage("Expected role <%s> to have a conflict on <%s> but its conflicts are %s", actual.id(), kind,
                    actual.conflicts().stream().map(Conflict::subject).toList());
        }
        return this;
    }
}
