package dev.careerfit.provider.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.careerfit.CareerfitException;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorId;
import dev.careerfit.market.Location;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.provenance.StatisticQuality;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentProviderTest {

    /** How a built-in provider is written. */
    public static final class ExampleProvider extends DocumentProvider {
        public ExampleProvider() {
            super(ExampleProvider.class, "good.json");
        }
    }

    @Test
    void readsTheProviderFromItsDocument() {
        CareerDataProvider provider = new ExampleProvider();

        assertThat(provider.id()).isEqualTo("example-stats");
        assertThat(provider.name()).isEqualTo("Example Statistics Office");
        assertThat(provider.description()).hasValue("Pay and outlook for two data roles.");
        assertThat(provider.priority()).isEqualTo(100);
        assertThat(provider.sources()).extracting(s -> s.id().value()).containsExactly("bls-ooh", "example-guide");
        assertThat(provider.factors()).singleElement().extracting(f -> f.id()).isEqualTo(FactorId.of("on-call"));
        assertThat(provider.roles()).extracting(RoleProfile::id)
                .containsExactly(RoleId.of("ml-engineer"), RoleId.of("data-scientist"));
    }

    @Test
    void readsASalaryWithItsAmountCurrencyAndProvenance() {
        RoleProfile ml = new ExampleProvider().roles().get(0);

        Sourced<SalaryBand> salary = ml.facts(FactKinds.SALARY).get(0);

        assertThat(salary.value().median()).isEqualByComparingTo("136620");
        assertThat(salary.value().percentiles()).containsEntry(90, new BigDecimal("239200.50"));
        assertThat(salary.value().currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(salary.value().period()).isEqualTo(PayPeriod.ANNUAL);
        assertThat(salary.value().location()).isEqualTo(Location.national("US"));
        Provenance provenance = salary.provenance();
        assertThat(provenance.source().id()).isEqualTo(SourceId.of("bls-ooh"));
        assertThat(provenance.source().kind()).isEqualTo(SourceKind.OFFICIAL_STATISTICS);
        assertThat(provenance.source().link()).isEqualTo(URI.create("https://www.bls.gov/ooh/"));
        assertThat(provenance.citedIn()).isEqualTo("001_cdb3b6ab2d3ae448.txt");
        assertThat(provenance.referencePeriod()).isEqualTo(ReferencePeriod.year(2023));
        assertThat(provenance.quality()).isEqualTo(new StatisticQuality(28, 0.19, null, null, null));
        assertThat(provenance.note()).isEqualTo("Data scientists, national figure.");
        assertThat(provenance.providerId()).isNull();
    }

    @Test
    void readsTheSameProviderFromYamlWhereSourcesComeAfterRoles() {
        DocumentProvider json = new DocumentProvider(DocumentProviderTest.class, "good.json");
        DocumentProvider yaml = new DocumentProvider(DocumentProviderTest.class, "good.yaml");

        assertThat(yaml.id()).isEqualTo(json.id());
        assertThat(yaml.roles()).extracting(RoleProfile::id).isEqualTo(json.roles().stream().map(RoleProfile::id).toList());
        assertThat(yaml.roles().get(0).facts(FactKinds.SALARY).get(0)).isEqualTo(json.roles().get(0).facts(FactKinds.SALARY).get(0)
                .map(band -> new SalaryBand(band.currency(), band.period(), band.location(), null, band.median(), null,
                        null, null, null))
                .withProvenance(json.roles().get(0).facts(FactKinds.SALARY).get(0).provenance().withQuality(null).withNote(null)));
    }

    @Test
    void resolvesAnAbsoluteResourceFromTheClassPathRoot() {
        DocumentProvider provider = new DocumentProvider(Test.class, "/dev/careerfit/provider/document/good.json");

        assertThat(provider.id()).isEqualTo("example-stats");
        assertThat(provider.location()).isEqualTo("dev/careerfit/provider/document/good.json");
    }

    @Test
    void answersItsIdFromTheProviderPartWithoutReadingTheRoles(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("big.json");
        Files.writeString(doc, "{\"format\": \"careerfit-provider/1\", \"provider\": {\"id\": \"big\", "
                + "\"priority\": 5}, \"roles\": [{\"id\": \"a\", \"salaries\": [ this is not JSON");
        DocumentProvider provider = new DocumentProvider(doc);

        assertThat(provider.id()).isEqualTo("big");
        assertThat(provider.priority()).isEqualTo(5);
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).addProvider(provider)
                .exclude("big").build();
        assertThat(catalog.failures()).as("an excluded provider is never read past its provider part").isEmpty();
        assertThat(CareerCatalog.builder().discoverProviders(false).addProvider(new DocumentProvider(doc)).build()
                .failures()).singleElement().satisfies(f -> assertThat(f.describe()).contains("big.json:1:"));
    }

    @Test
    void bindsTheFactsWhenTheCatalogFirstAsksForARoleOrStraightAwayWhenStrict(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("late.json");
        String good;
        try (var in = DocumentProviderTest.class.getResourceAsStream("good.json")) {
            good = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(doc, good.replace("\"median\": 136620,", "\"median\": -5,"));

        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false)
                .addProvider(new DocumentProvider(doc)).build();
        assertThat(catalog.failures()).as("the index is read; the facts are not bound yet").isEmpty();
        assertThat(catalog.roles()).extracting(r -> r.id().value()).containsExactly("data-scientist", "ml-engineer");
        assertThat(catalog.requireRole("data-scientist").title()).isEqualTo("Data scientist");
        assertThat(catchThrowableOfType(InvalidDataException.class, () -> catalog.requireRole("ml-engineer"))
                .problems()).extracting(Problem::where).singleElement().asString()
                .startsWith("late.json:").endsWith(" $.roles[0].salaries[0].value");

        CareerfitException strict = catchThrowableOfType(CareerfitException.class, () -> CareerCatalog.builder()
                .discoverProviders(false).addProvider(new DocumentProvider(doc)).strict(true).build());
        assertThat(strict).as("a strict catalog binds every document while it loads").isNotNull();
        assertThat(strict.getMessage()).contains("$.roles[0].salaries[0].value");
    }

    @Test
    void readsADocumentFromAPathOrAUrl(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("copy.yaml");
        try (var in = DocumentProviderTest.class.getResourceAsStream("good.yaml")) {
            Files.copy(in, file);
        }

        assertThat(new DocumentProvider(file).roles()).hasSize(2);
        assertThat(new DocumentProvider(file.toUri().toURL()).roles()).hasSize(2);
    }

    @Test
    void namesItsDocumentInToString() {
        assertThat(new ExampleProvider()).hasToString("ExampleProvider[dev/careerfit/provider/document/good.json]");
    }

    @Test
    void readsTheDocumentOnceForManyThreads() {
        DocumentProvider provider = new ExampleProvider();

        List<List<RoleProfile>> seen = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(provider::roles)).toList()
                .stream().map(CompletableFuture::join).toList();

        assertThat(seen).allSatisfy(roles -> assertThat(roles).isSameAs(seen.get(0)));
    }

    @Test
    void reportsEveryProblemOfABrokenDocumentWithFileAndPath() {
        DocumentProvider provider = new DocumentProvider(DocumentProviderTest.class, "several-errors.json");

        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, provider::roles);

        assertThat(e.subject()).isEqualTo("provider document dev/careerfit/provider/document/several-errors.json");
        assertThat(e.problems()).extracting(Problem::where).containsExactly(
                "several-errors.json:2:13 $.format",
                "several-errors.json:4:3 $.extra",
                "several-errors.json:7:73 $.sources[1].kind",
                "several-errors.json:8:5 $.sources[2].id",
                "several-errors.json:16:120 $.roles[1].salaries[0].value",
                "several-errors.json:23:65 $.roles[2].tips[0].provenance.source",
                "several-errors.json:25:5 $.roles[3].id");
        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "format 'careerfit-provider/2' is not supported; expected \"careerfit-provider/1\"",
                "unknown field 'extra'; known fields: factors, format, provider, roles, sources",
                "'POLL' is not one of OFFICIAL_STATISTICS, JOB_MARKET_DATA, SURVEY, INDUSTRY_REPORT, EDITORIAL, "
                        + "CAREERFIT_ASSESSMENT",
                "duplicate source id 'bls-ooh'; $.sources[0] has it already",
                "salary range low 150000 is above high 110000",
                "unknown source 'glassdoor'; declared sources: bls-ooh (1 more could not be read, see their problems)",
                "duplicate role id 'ml-engineer'; $.roles[0] has it already");
    }

    @Test
    void stillAnswersWithItsIdWhenOnlyItsDataIsBroken() {
        DocumentProvider provider = new DocumentProvider(DocumentProviderTest.class, "several-errors.json");

        assertThat(provider.id()).isEqualTo("broken");
        assertThat(catchThrowableOfType(InvalidDataException.class, provider::sources).problems()).hasSize(7);
    }

    @Test
    void failsEveryCallWithTheSameProblemsWhenTheProviderPartIsBroken(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"careerfit-provider/1\", \"provider\": {\"id\": \"Not An Id\"}}");
        DocumentProvider provider = new DocumentProvider(file);

        InvalidDataException first = catchThrowableOfType(InvalidDataException.class, provider::id);

        assertThat(first.problems()).containsExactly(new Problem("broken.json:1:66 $.provider",
                "provider id 'Not An Id' must be lower-case letters and digits separated by '-' or '.', e.g. 'bls'"));
        InvalidDataException again = catchThrowableOfType(InvalidDataException.class, provider::roles);
        assertThat(again).isNotSameAs(first).hasMessage(first.getMessage());
        assertThat(again.problems()).isEqualTo(first.problems());
    }

    @Test
    void namesTheResourceAndTheClassWhenTheDocumentIsMissing() {
        DocumentProvider provider = new DocumentProvider(DocumentProviderTest.class, "nope.json");

        CareerfitException e = catchThrowableOfType(CareerfitException.class, provider::id);

        assertThat(e).isNotInstanceOf(InvalidDataException.class).hasMessage("provider document 'nope.json' not "
                + "found: resolved against " + DocumentProviderTest.class.getName() + " as "
                + "'dev/careerfit/provider/document/nope.json'; put it in "
                + "src/main/resources/dev/careerfit/provider/document/nope.json");
        assertThat(catchThrowableOfType(CareerfitException.class, provider::roles)).isNotSameAs(e)
                .hasMessage(e.getMessage());
    }
}
