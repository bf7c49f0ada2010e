package com.example.mlops;

import static dev.careerfit.provider.tck.CareerfitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.factor.FactorId;
import dev.careerfit.market.IndustryShare;
import org.junit.jupiter.api.Test;

/** With this jar on the class path, the catalog has the new role and the new figures. */
class MlopsCatalogTest {
    private final CareerCatalog catalog = CareerCatalog.builder().strict(true).build();

    @Test
    void addsTheMlopsEngineerWithItsOnCallFactor() {
        CareerRole mlops = catalog.requireRole("mlops-engineer");

        assertThat(mlops).hasTitle("MLOps Engineer");
        assertThat(catalog.factor(FactorId.of("on-call"))).isPresent();
        assertThat(mlops.factor(FactorId.of("on-call"))).get()
                .satisfies(g -> assertThat(g.value().intensity()).isEqualTo(4.0));
    }

    @Test
    void addsABerlinSalaryInEurosToTheMlEngineerFromItsOwnSource() {
        CareerRole mle = catalog.requireRole("ml-engineer");

        assertThat(mle).hasSalaryAtFrom("Berlin", "Example Co. (fictional)");
        assertThat(mle.salariesAt("Berlin").get(0).value().currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void itsTechnologyShareJoinsTheExistingDisagreement() {
        FactGroup<IndustryShare> technology = catalog.requireRole("ml-engineer").industry("Technology").orElseThrow();

        assertThat(technology.disputed()).isTrue();
        assertThat(technology.values()).extracting(v -> v.provenance().providerId().value()).contains("example-mlops");
    }
}
