package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.spi.CareerDataProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every fact of every seed provider names a declared source and the seed document it came from, except
 * careerfit's own estimates: those name careerfit, say what they rest on and are cited in no guide.
 */
class SeedProvenanceTest {

    @ParameterizedTest(name = "every fact of provider {0} ({1} facts, {2} careerfit estimates) names its source")
    @CsvSource({"bls, 3, 0", "glassdoor, 1, 0", "ml-survey, 3, 0", "career-guides, 241, 33"})
    void everyFactNamesADeclaredSourceAndASeedFile(String id, int count, int estimates) {
        CareerDataProvider provider = ServiceLoader.load(CareerDataProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.id().equals(id)).findFirst().orElseThrow();

        assertThat(provider.roles().stream().flatMap(r -> r.facts().all().stream()).toList()).hasSize(count)
                .allSatisfy(f -> assertThat(provider.sources()).contains(f.provenance().source()))
                .filteredOn(f -> !f.provenance().careerfitsOwnEstimate())
                .hasSize(count - estimates)
                .allSatisfy(f -> assertThat(f.provenance().citedIn()).isIn("000_078a4aaa0510603e.txt",
                        "001_cdb3b6ab2d3ae448.txt", "002_4a7e750c023270db.txt"));
    }
}
