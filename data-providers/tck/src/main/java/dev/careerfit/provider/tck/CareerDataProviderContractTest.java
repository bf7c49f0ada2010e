package dev.careerfit.provider.tck;

import static dev.careerfit.provider.tck.CareerfitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.careerfit.Api;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.ProviderFailure;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CareerDataProvider} must meet. Extend it in your provider's tests and
 * return your provider from {@link #provider()}; every built-in provider's tests do the same.
 *
 * <pre>{@code
 * class AcmeProviderContractTest extends CareerDataProviderContractTest {
 *     @Override
 *     protected CareerDataProvider provider() {
 *         return new AcmeProvider();
 *     }
 * }
 * }</pre>
 *
 * <p>The contract works on what the catalog sees: the provider {@linkplain CareerDataProvider#open opened}
 * with default settings, its index of entries and each entry's profile. Override
 * {@link #otherProviders()} when your provider only adds facts to roles that another provider defines
 * (the catalog check then loads those too).
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public abstract class CareerDataProviderContractTest {

    private CareerDataProvider provider;
    private RoleDataSet data;
    private List<RoleProfile> profiles;

    /** A fresh instance of the provider under test. */
    protected abstract CareerDataProvider provider();

    /** Providers your provider's data depends on (e.g. the one defining the roles you add figures to). */
    protected List<CareerDataProvider> otherProviders() {
        return List.of();
    }

    @BeforeEach
    void openProvider() {
        provider = provider();
        data = provider.open(ProviderContext.defaults(provider.id()));
        profiles = new ArrayList<>();
        data.entries().forEach(e -> profiles.add(data.profile(e)));
    }

    @Test
    void hasAValidId() {
        assertThat(provider.id()).as("provider id").matches("[a-z0-9]+(?:[-.][a-z0-9]+)*");
    }

    @Test
    void declaresAtLeastOneSourceAndEachOnlyOnce() {
        List<Source> sources = provider.sources();
        assertThat(sources).as("sources() of provider '%s'", provider.id()).isNotEmpty().doesNotContainNull();
        assertThat(sources.stream().map(Source::id).collect(Collectors.toList()))
                .as("source ids of provider '%s'", provider.id()).doesNotHaveDuplicates();
    }

    @Test
    void givesAtLeastOneEntryAndEachOnlyOnce() {
        assertThat(data.entries()).as("entries of provider '%s'", provider.id()).isNotEmpty()
                .extracting(e -> e.role() != null ? e.role() : e.code()).doesNotHaveDuplicates();
    }

    @Test
    void eachEntrySaysWhatItsProfileHolds() {
        for (int i = 0; i < profiles.size(); i++) {
            RoleEntry entry = data.entries().get(i);
            RoleProfile profile = profiles.get(i);
            assertThat(entry.kinds()).as("kinds of %s", entry.describe()).isEqualTo(profile.facts().kinds());
            if (entry.role() != null) {
                assertThat(profile.id()).as("profile of %s", entry.describe()).isEqualTo(entry.role());
                assertThat(profile.title()).as("title of %s", entry.describe()).isEqualTo(entry.title());
                assertThat(data.alternateTitles(entry)).as("other titles of %s", entry.describe())
                        .isEqualTo(profile.alternateTitles());
            }
        }
    }

    @Test
    void everyStatisticCarriesProvenanceFromADeclaredSource() {
        List<Source> declared = data.sources().orElse(provider.sources());
        for (RoleProfile role : profiles) {
            for (Sourced<?> fact : role.facts().all()) {
                assertThat(fact).hasProvenanceFromOneOf(declared).hasNoProviderIdOrIs(provider.id());
            }
        }
    }

    @Test
    void everyWorkFactorItRatesIsStandardOrDeclared() {
        Set<FactorId> known = new HashSet<>();
        WorkFactors.standard().forEach(f -> known.add(f.id()));
        provider.factors().forEach(f -> known.add(f.id()));
        otherProviders().forEach(p -> p.factors().forEach(f -> known.add(f.id())));
        for (RoleProfile role : profiles) {
            assertThat(role.facts(FactKinds.FACTOR)).as("factors of role '%s'", role.id())
                    .extracting(s -> s.value().factor()).allSatisfy(id -> assertThat(known).contains(id));
        }
    }

    @Test
    void extraWorkFactorsDoNotRedefineStandardOnes() {
        for (WorkFactor f : provider.factors()) {
            WorkFactors.standard(f.id()).ifPresent(standard ->
                    assertThat(f).as("factor '%s' redefines a standard factor", f.id()).isEqualTo(standard));
        }
    }

    /**
     * A work factor the provider adds counts in the fit only when questions measure it: some question
     * document listed in {@code META-INF/careerfit/questions} on the class path must name it. (The quiz
     * engine checks those documents in full when a scorer is built, and warns about what is missing.)
     */
    @Test
    void everyWorkFactorItAddsHasQuestions() throws IOException {
        ClassLoader loader = Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
                provider.getClass().getClassLoader());
        List<String> documents = new ArrayList<>();
        for (URL listing : Collections.list(loader.getResources("META-INF/careerfit/questions"))) {
            for (String line : read(listing).split("\\R")) {
                String path = line.strip().replaceFirst("^/", "");
                URL document = path.isEmpty() || path.startsWith("#") ? null : loader.getResource(path);
                if (document != null) {
                    documents.add(read(document));
                }
            }
        }
        for (WorkFactor f : provider.factors()) {
            if (WorkFactors.standard(f.id()).isEmpty()) {
                Pattern named = Pattern.compile("(?<![a-z0-9.-])" + Pattern.quote(f.id().value()) + "(?![a-z0-9-]|\\.[a-z0-9])");
                assertThat(documents.stream().anyMatch(d -> named.matcher(d).find()))
                        .as("factor '%s' that provider '%s' adds has no questions, so it would never count in the fit: "
                                + "ship a question bank document on it, listed in META-INF/careerfit/questions "
                                + "(see docs/providers.md)", f.id(), provider.id())
                        .isTrue();
            }
        }
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A role rates each work factor at most once per source and framing: one source may call a factor both a
     * pro and a con (exciting projects; complex, demanding work), but two pros of one factor from one source (a
     * copy-paste slip in a document, a join that repeats rows) would count twice in the conflict policy's
     * choice. careerfit's reading of a source's words counts as from the source it read. (Whether an intensity is
     * on the 1-5 scale is checked when the rating is made, so it is not tested here.)
     */
    @Test
    void aRoleRatesEachFactorOnceFromEachSourceAndFraming() {
        for (RoleProfile role : profiles) {
            assertThat(role.facts(FactKinds.FACTOR)).as("factor ratings of role '%s'", role.id())
                    .extracting(s -> s.value().factor() + " as " + s.value().framing() + " from "
                            + (s.provenance().reading() != null ? s.provenance().reading().source().id()
                                    : s.provenance().source().id()))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void accountsForEveryRowItReadWhenItReadReleaseFiles() {
        for (FileReport f : data.report().files()) {
            assertThat(f.rowsLoaded() + f.skipped().values().stream().mapToLong(Long::longValue).sum())
                    .as("rows of %s", f.name()).isEqualTo(f.rowsRead());
        }
    }

    @Test
    void answersTheSameOnEveryCall() {
        assertThat(provider.id()).isEqualTo(provider.id());
        assertThat(provider.sources()).isEqualTo(provider.sources());
        assertThat(provider.factors()).isEqualTo(provider.factors());
        RoleDataSet again = provider().open(ProviderContext.defaults(provider.id()));
        assertThat(again.entries()).as("entries of a second instance of provider '%s'", provider.id())
                .isEqualTo(data.entries());
        for (int i = 0; i < profiles.size(); i++) {
            assertThat(again.profile(again.entries().get(i))).as("profile of %s read again",
                    data.entries().get(i).describe()).isEqualTo(profiles.get(i));
        }
    }

    @Test
    void loadsIntoAStrictCatalogWithoutFailuresOrWarnings() {
        CareerCatalog.Builder builder = CareerCatalog.builder().discoverProviders(false).strict(true)
                .addProvider(provider);
        otherProviders().forEach(builder::addProvider);
        assertThatCode(builder::build).as("strict catalog with provider '%s'", provider.id())
                .doesNotThrowAnyException();
        CareerCatalog catalog = builder.build();
        assertThat(catalog.failures()).extracting(ProviderFailure::describe).isEmpty();
        assertThat(catalog.warnings()).as("catalog warnings").filteredOn(w -> !w.contains("names related role"))
                .isEmpty();
        catalog.roles().stream().filter(r -> r.providers().contains(provider.id()))
                .forEach(r -> assertThatCode(() -> catalog.requireRole(r.id().value()))
                        .as("role '%s' merges", r.id()).doesNotThrowAnyException());
    }

    @Test
    void isDiscoverableWithServiceLoaderOrADocumentRegistration() {
        CareerCatalog catalog = CareerCatalog.builder().build();
        assertThat(catalog.providers()).as("providers found on the class path")
                .anySatisfy(p -> assertThat(p.id()).isEqualTo(provider.id()));
    }
}
