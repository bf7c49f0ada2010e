package dev.careerfit.provider.onet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careerfit.CareerfitException;
import dev.careerfit.InvalidDataException;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.ProviderFailure;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RoleId;
import dev.careerfit.spi.CareerDataProvider;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ProviderContext;
import dev.careerfit.spi.RoleDataSet;
import dev.careerfit.spi.RoleEntry;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider describes itself without reading data, and opens the built-in snapshot or a folder. */
class OnetProviderTest {
    private static RoleDataSet builtIn;

    /** The built-in snapshot, opened once for the tests that only read it. */
    static synchronized RoleDataSet builtIn() {
        if (builtIn == null) {
            builtIn = new OnetProvider().open(ProviderContext.defaults("onet"));
        }
        return builtIn;
    }

    @Test
    void describesItselfAsTheOnet301DatabaseOfUsdolEta() {
        OnetProvider onet = new OnetProvider();

        assertThat(onet.id()).isEqualTo("onet");
        assertThat(onet.name()).isEqualTo("O*NET");
        assertThat(onet.priority()).isEqualTo(100);
        assertThat(onet.description()).hasValueSatisfying(d -> assertThat(d).startsWith("The O*NET 30.1 database"));
        Source source = onet.sources().get(0);
        assertThat(onet.sources()).hasSize(1);
        assertThat(source.id()).isEqualTo(SourceId.of("onet"));
        assertThat(source.publisher())
                .isEqualTo("U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)");
        assertThat(source.title()).isEqualTo("O*NET Database");
        assertThat(source.kind()).isEqualTo(SourceKind.OFFICIAL_STATISTICS);
        assertThat(source.link()).isEqualTo(URI.create("https://www.onetcenter.org/database.html"));
        assertThat(source.licence()).isEqualTo("Creative Commons Attribution 4.0 International (CC BY 4.0)");
        assertThat(source.release()).isEqualTo("O*NET 30.1 (December 2025)");
        assertThat(source.attribution()).startsWith("This data includes information from the O*NET 30.1 Database "
                        + "by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used "
                        + "under the CC BY 4.0 license.")
                .contains("compact snapshot").endsWith("O*NET is a trademark of USDOL/ETA.");
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(CareerDataProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(OnetProvider.class);
    }

    @Test
    void makesARoleOfEveryOccupationOfOnet301WithItsTitle() {
        Path release = ReleaseFiles.onet301();
        Map<String, String> titles = ReleaseFiles.rows(release.resolve(OnetFiles.OCCUPATION_DATA)).stream()
                .collect(Collectors.toMap(r -> r.get("O*NET-SOC Code"), r -> r.get("Title")));

        List<RoleEntry> entries = builtIn().entries();

        assertThat(entries).hasSize(1_016).hasSize(titles.size());
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.definesRole()).isTrue();
            assertThat(e.title()).isEqualTo(titles.get(e.role().value()));
        });
        assertThat(entries).extracting(e -> e.role().value()).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void givesEachRoleItsOnetCodeItsSocCodeAndItsBroadGroup() {
        RoleEntry scientists = entry(builtIn(), "15-2051.00");

        assertThat(scientists.codes()).containsExactly(OccupationCode.onetSoc("15-2051.00"),
                OccupationCode.soc("15-2051"), OccupationCode.soc("15-2050"));
        assertThat(scientists.title()).isEqualTo("Data Scientists");
    }

    @Test
    void readsAReleaseFolderGivenThroughTheContextInsteadOfTheSnapshot() {
        Path synthetic = ReleaseFiles.synthetic();

        RoleDataSet data = new OnetProvider().open(context(synthetic, false));

        assertThat(data.entries()).extracting(e -> e.role().value())
                .containsExactly("99-1011.00", "99-1012.00", "99-1019.00", "99-2021.00");
        assertThat(data.report().release()).isEqualTo("O*NET 99.9 Database, Synthetic Test Release, read from "
                + synthetic.toAbsolutePath().normalize());
        assertThat(data.sources()).hasValueSatisfying(sources -> assertThat(sources).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(SourceId.of("onet"));
            assertThat(s.release()).isEqualTo("O*NET 99.9 (Synthetic Test)");
            assertThat(s.attribution()).contains("O*NET 99.9 Database").contains("in memory");
        }));
        assertThat(data.profile(entry(data, "99-1011.00")).facts(FactKinds.TASK))
                .allSatisfy(t -> assertThat(t.provenance().source()).isEqualTo(data.sources().get().get(0)));
    }

    @Test
    void namesTheReleaseFromTheFoldersReadMe(@TempDir Path dir) throws Exception {
        Path folder = OnetImporterErrorsTest.copyOf(ReleaseFiles.synthetic(), dir);
        Files.writeString(folder.resolve("Read Me.txt"), "O*NET 31.0 Database\r\nJune 2026 Release\r\n");

        RoleDataSet data = new OnetProvider().open(context(folder, false));

        assertThat(data.sources().orElseThrow().get(0).release()).isEqualTo("O*NET 31.0 (June 2026)");
        assertThat(data.report().release()).startsWith("O*NET 31.0 Database, June 2026 Release, read from ");
        assertThat(data.profile(entry(data, "99-1012.00")).facts(FactKinds.DATA_GAP))
                .extracting(g -> g.value().statement())
                .contains("O*NET 31.0 publishes no skills ratings for this occupation");
    }

    @Test
    void aFolderWithoutReadMeIsReadAsAnUnnamedRelease(@TempDir Path dir) throws Exception {
        Path folder = OnetImporterErrorsTest.copyOf(ReleaseFiles.synthetic(), dir);
        Files.delete(folder.resolve("Read Me.txt"));

        RoleDataSet data = new OnetProvider().open(context(folder, false));

        assertThat(data.entries()).hasSize(4);
        assertThat(data.sources().orElseThrow().get(0).release())
                .isEqualTo("O*NET, release not named (the folder has no Read Me.txt)");
        assertThat(data.report().files()).filteredOn(f -> f.file().equals("Read Me.txt"))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FileReport.Status.ABSENT));
        assertThat(data.profile(entry(data, "99-1012.00")).facts(FactKinds.DATA_GAP))
                .extracting(g -> g.value().statement())
                .contains("O*NET publishes no skills ratings for this occupation");
    }

    @Test
    void refusesAReleaseThatIsNotAFolder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("onet.zip"), "not a folder");

        assertThatThrownBy(() -> new OnetProvider().open(context(file, false)))
                .isInstanceOf(CareerfitException.class)
                .hasMessageContaining("provider 'onet'").hasMessageContaining(file + " is not a folder");
    }

    @Test
    void refusesAFolderWithoutOccupationData(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Skills.txt"), "O*NET-SOC Code\r\n");

        assertThatThrownBy(() -> new OnetProvider().open(context(dir, false)))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("Occupation Data.txt: is not in the folder; every O*NET role starts from it");
    }

    @Test
    @Tag("national")
    void loadsIntoAStrictCatalogAndItsFactsAreStampedWithTheProvider() {
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).strict(true)
                .addProvider(new OnetProvider()).build();

        CareerRole scientists = catalog.requireRole("15-2051.00");

        assertThat(catalog.failures()).isEmpty();
        assertThat(catalog.size()).isEqualTo(1_016);
        assertThat(scientists.title()).isEqualTo("Data Scientists");
        assertThat(catalog.providers()).singleElement().satisfies(p -> {
            assertThat(p.report().files()).isNotEmpty();
        });
        assertThat(catalog.search("Machine Learning Engineer")).extracting(r -> r.id().value())
                .contains("15-1221.00", "15-1299.08", "15-2051.00");
    }

    @Test
    void aCatalogGivenAReleaseFolderReadsIt() {
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).strict(true)
                .addProvider(new OnetProvider()).release("onet", ReleaseFiles.synthetic()).build();

        assertThat(catalog.failures()).isEmpty();
        assertThat(catalog.size()).isEqualTo(4);
        assertThat(catalog.requireRole("99-1011.00").title()).isEqualTo("Lighthouse Keepers");
        assertThat(catalog.search("signal engineer")).extracting(r -> r.id().value())
                .containsExactly("99-1011.00", "99-1012.00");
    }

    @Test
    void aBrokenReleaseFolderFailsOnlyThisProviderInALenientCatalog(@TempDir Path dir) {
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).addProvider(new OnetProvider())
                .release("onet", dir).build();

        assertThat(catalog.failures()).singleElement().extracting(ProviderFailure::describe).asString()
                .contains("onet").contains("Occupation Data.txt");
    }

    @Test
    @Tag("national")
    void everyProfileDecodesAndItsFactsNameTheDeclaredSource() {
        RoleDataSet data = builtIn();
        Source declared = OnetProvider.SOURCE;

        for (RoleEntry e : data.entries()) {
            var profile = data.profile(e);
            assertThat(profile.id()).isEqualTo(e.role());
            assertThat(profile.facts().kinds()).as("kinds of %s", e.role())
                    .containsExactlyInAnyOrderElementsOf(e.kinds());
            assertThat(profile.facts().all()).allSatisfy(f -> assertThat(f.provenance().source()).isSameAs(declared));
            assertThat(profile.relatedRoles()).extracting(r -> entry(data, r.role().value())).doesNotContainNull();
        }
    }

    static RoleEntry entry(RoleDataSet data, String code) {
        RoleId id = RoleId.of(code);
        return data.entries().stream().filter(e -> e.role().equals(id)).findFirst().orElse(null);
    }

    static ProviderContext context(Path release, boolean strict) {
        return new ProviderContext("onet", Map.of(ProviderContext.RELEASE, release.toString()),
                OnetProviderTest.class.getClassLoader(), strict);
    }
}
