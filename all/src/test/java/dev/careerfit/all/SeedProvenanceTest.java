package dev.careerfit.all;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.spi.CareerDataProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fact of every built-in provider names a declared source and the seed document it came from. */
class SeedProvenanceTest {

    @ParameterizedTest(name = "every fact of provider {0} ({1} facts) names a declared source and a seed file")
    @CsvSource({"bls, 4", "glassdoor, 1", "ml-survey, 27", "career-guides, 217"})
    void everyFactNamesADeclaredSourceAndASeedFile(String id, int count) {
        CareerDataProvider provider = ServiceLoader.load(CareerDataProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.id().equals(id)).findFirst().orElseThrow();

        assertThat(provider.roles().stream().flatMap(r -> r.facts().stream()).toList()).hasSize(count)
                .allSatisfy(f -> {
                    assertThat(provider.sources()).contains(f.provenance().source());
                    assertThat(f.provenance().citedIn()).isIn("000_078a4aaa0510603e.txt", "001_cdb3b6ab2d3ae448.txt",
                            "002_4a7e750c023270db.txt");
                });
    }
}
