package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.catalog.ShippedRoleIndex;
import dev.careerfit.fact.FactKinds;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The role index this jar ships ({@value ShippedRoleIndex#RESOURCE}, made at build time from the built-in
 * providers: O*NET 30.1, OEWS May 2024, EP 2024-34 and the guides) lists every role as opening the providers does,
 * and a catalog that asks for it lists the 1,019 roles without opening one.
 */
@Tag("national")
class ShippedRoleIndexTest {
    @Test
    void theShippedRoleIndexListsWhatOpeningTheProvidersGives() {
        CareerCatalog opened = CareerCatalog.builder().build();
        CareerCatalog indexed = CareerCatalog.builder().rolesFromShippedIndex().build();

        assertThat(indexed.providersOpened()).as("the index matched the providers on the class path").isFalse();
        assertThat(indexed.size()).isEqualTo(opened.size()).isEqualTo(1019);
        assertThat(indexed.roles()).isEqualTo(opened.roles());
        assertThat(indexed.roleIds()).containsExactlyElementsOf(opened.roleIds());
        assertThat(indexed.rolesWith(FactKinds.SALARY)).isEqualTo(opened.rolesWith(FactKinds.SALARY));
        RoleSummary scientists = indexed.summary(dev.careerfit.role.RoleId.of("15-2051.00")).orElseThrow();
        assertThat(scientists.title()).isEqualTo("Data Scientists");
        assertThat(scientists.providers()).containsExactly("bls-ep", "bls-oews", "onet");
        assertThat(indexed.factors()).isEqualTo(opened.factors());
        assertThat(indexed.fingerprint()).isEqualTo(opened.fingerprint()).contains("provider onet ");
        assertThat(indexed.providersOpened()).isFalse();

        assertThat(indexed.requireRole("ml-engineer").title()).isEqualTo(opened.requireRole("ml-engineer").title());
        assertThat(indexed.providersOpened()).isTrue();
        assertThat(indexed.roles()).isEqualTo(opened.roles());
    }
}
