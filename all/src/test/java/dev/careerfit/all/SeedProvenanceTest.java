package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.provenance.MadeBy;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.spi.CareerDataProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every fact of every seed provider names a declared source and the seed document it came from, except
 * careerfit's own estimates: those name careerfit, say what they rest on and are cited in no guide. careerfit's
 * readings of a guide's words name careerfit too, and cite the guide they read.
 */
class SeedProvenanceTest {

    @ParameterizedTest(name = "every fact of provider {0} ({1} facts, {2} careerfit estimates, {3} readings) names its source")
    @CsvSource({"bls, 2, 0, 0", "glassdoor, 1, 0, 0", "ml-survey, 3, 0, 0", "career-guides, 242, 33, 81"})
    void everyFactNamesADeclaredSourceAndASeedFile(String id, int count, int estimates, int readings) {
        CareerDataProvider provider = ServiceLoader.load(CareerDataProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.id().equals(id)).findFirst().orElseThrow();

        List<Sourced<?>> facts = provider.roles().stream().flatMap(r -> r.facts().all().stream()).toList();
        assertThat(facts).hasSize(count)
                .allSatisfy(f -> assertThat(provider.sources()).contains(f.provenance().source()))
                .filteredOn(f -> f.provenance().madeBy() != MadeBy.CAREERFIT_ESTIMATE)
                .hasSize(count - estimates)
                .allSatisfy(f -> assertThat(f.provenance().citedIn()).isIn("000_078a4aaa0510603e.txt",
                        "001_cdb3b6ab2d3ae448.txt", "002_4a7e750c023270db.txt"));
        assertThat(facts).filteredOn(f -> f.provenance().madeBy() == MadeBy.CAREERFIT_READING).hasSize(readings);
    }
}
