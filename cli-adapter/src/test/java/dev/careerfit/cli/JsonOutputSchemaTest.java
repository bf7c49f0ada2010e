package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.quiz.FitScorers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's --json output is valid against the JSON Schema docs/formats.md names for it
 * (docs/schemas), checked with a JSON Schema validator rather than by hand, and says what the text says.
 */
@Tag("national")
class JsonOutputSchemaTest {
    static final Path SCHEMAS = Path.of(System.getProperty("careerfit.docs", "../docs"), "schemas");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static CareerCatalog catalog;
    static Path answers;
    static Path jars;
    /** The same providers and a broken one, for the failures in sources. */
    static Path withBroken;

    @BeforeAll
    static void prepare() throws IOException {
        catalog = CareerCatalog.builder().build();
        answers = QuizKeys.answersFile(dir.resolve("answers.json"), FitScorers.create(catalog), "ml-engineer");
        jars = dir.resolve("providers");
        ProviderJarFixture.write(jars.resolve("widget-stats.jar"), WidgetStatsProviderStub.class);
        ProviderJarFixture.write(jars.resolve("widget-board.jar"), WidgetBoardProviderStub.class);
        withBroken = dir.resolve("with-broken");
        Files.createDirectories(withBroken);
        for (String jar : new String[] {"widget-stats.jar", "widget-board.jar"}) {
            Files.copy(jars.resolve(jar), withBroken.resolve(jar));
        }
        ProviderJarFixture.write(withBroken.resolve("broken.jar"), BrokenProviderStub.class);
    }

    static JsonSchema schema(String format) {
        Path file = SCHEMAS.resolve(format.replace('/', '-') + ".schema.json").toAbsolutePath();
        assertThat(file).as("the schema of " + format).exists();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(file.toUri().toString()));
    }

    /** Runs a command, checks it ended well and that its JSON is valid against its format's schema. */
    static JsonNode valid(String format, String... args) throws IOException {
        return valid(ExitCodes.OK, format, args);
    }

    /** As {@link #valid(String, String...)}, for a command that ends with {@code exitCode} after its JSON. */
    static JsonNode valid(int exitCode, String format, String... args) throws IOException {
        CliRun.Result r = new CliRun(dir.resolve("home")).env("CAREERFIT_HOME", dir.toString()).run(args);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.path("format").asText()).isEqualTo(format);
        assertThat(errors(format, doc)).as(String.join(" ", args)).isEmpty();
        return doc;
    }

    static Set<String> errors(String format, JsonNode doc) {
        return schema(format).validate(doc).stream().map(ValidationMessage::toString).collect(Collectors.toSet());
    }

    @Test
    void rolesAndASearch() throws IOException {
        JsonNode all = valid("careerfit-roles/1", "roles", "--json");
        JsonNode found = valid("careerfit-roles/1", "roles", "--json", "--search", "machine learning", "--limit", "2");

        assertThat(all.get("roles")).hasSize(catalog.roles().size());
        assertThat(all.get("matched").asInt()).isEqualTo(catalog.roles().size());
        assertThat(found.get("matched").asInt()).isEqualTo(catalog.search("machine learning").size());
        assertThat(found.get("roles")).hasSize(2);
    }

    @Test
    void aRoleWithEveryValueItsSourceAndTheLinkedOccupations() throws IOException {
        JsonNode guides = valid("careerfit-role/3", "role", "ml-engineer", "--json");
        valid("careerfit-role/3", "role", "15-1252.00", "--json");
        valid("careerfit-role/3", "role", "widget-maker", "--json", "--providers", jars.toString());

        CareerRole role = catalog.requireRole("ml-engineer");
        assertThat(guides.get("facts")).hasSize(role.allGroups().size());
        assertThat(guides.get("links")).hasSize(role.links().size()).allSatisfy(l -> assertThat(l.get("facts")).isNotEmpty());
        assertThat(guides.get("differencesWithLinked")).isNotEmpty();
        // Every value names its source by id, and the document names each source once, whole.
        Set<String> listed = new java.util.HashSet<>();
        guides.get("sources").forEach(s -> {
            assertThat(listed.add(s.get("id").asText())).as("listed once: " + s).isTrue();
            assertThat(s.get("publisher").asText()).isNotBlank();
            assertThat(s.get("title").asText()).isNotBlank();
        });
        assertThat(guides.findValues("provenance")).isNotEmpty().allSatisfy(p ->
                assertThat(listed).contains(p.get("source").asText()));
    }

    @Test
    void theNationalMedianIsANumberWithItsSourceReleaseAndPrecision() throws IOException {
        JsonNode doc = valid("careerfit-salary/3", "salary", "15-2051.00", "--json");

        // OEWS May 2024 (bls-oews): the median the catalog holds for Data Scientists, as a number.
        FactGroup<SalaryBand> us = catalog.requireRole("15-2051.00").salariesAt("US").get(0);
        JsonNode chosen = doc.at("/salaries/0/values/0");
        assertThat(chosen.at("/value/median").isNumber()).isTrue();
        assertThat(chosen.at("/value/median").decimalValue()).isEqualByComparingTo(us.value().median());
        assertThat(chosen.at("/provenance/source").asText()).isEqualTo("bls-oews");
        assertThat(doc.get("sources")).singleElement().satisfies(source -> assertThat(source.get("release").asText())
                .isEqualTo(us.chosen().provenance().source().release()));
        assertThat(chosen.at("/provenance/referencePeriod/startYear").asInt())
                .isEqualTo(us.chosen().provenance().referencePeriod().startYear());
        assertThat(chosen.at("/provenance/quality/relativeStandardError").isNumber()).isTrue();
    }

    @Test
    void salaryPerHourAtAPlaceSaysWhatWasConverted() throws IOException {
        JsonNode doc = valid("careerfit-salary/3", "salary", "ml-engineer", "--json", "--period", "hourly",
                "--location", "London, UK");

        assertThat(doc.get("salaries")).hasSize(1);
        JsonNode london = doc.at("/salaries/0/values/0");
        assertThat(london.at("/value/location/city").asText()).isEqualTo("London");
        assertThat(london.at("/value/currency").asText()).isEqualTo("GBP");
        assertThat(london.at("/value/period").asText()).isEqualTo("HOURLY");
        // The guide states its London range per year only: converted at 2,080 hours.
        assertThat(london.get("convertedAtHoursPerYear").asBoolean()).isTrue();
        assertThat(doc.get("hoursPerYear").asInt()).isEqualTo(2080);
    }

    @Test
    void sourcesWithAFailedProviderAndTheDisagreements() throws IOException {
        // The user's broken jar is an error, after the whole listing.
        JsonNode doc = valid(ExitCodes.ERROR, "careerfit-sources/3", "sources", "--json", "--providers",
                withBroken.toString());

        assertThat(doc.get("failures")).singleElement().satisfies(f -> assertThat(f.get("provider").asText()).isEqualTo("broken"));
        assertThat(doc.get("disagreements")).isNotEmpty();
        JsonNode onet = doc.get("providers").findParents("id").stream().filter(p -> p.path("id").asText().equals("onet"))
                .findFirst().orElseThrow();
        assertThat(onet.at("/release/files")).isNotEmpty();
        assertThat(onet.at("/release/rowsRead").isIntegralNumber()).isTrue();
    }

    @Test
    void theQuestionListingAndTheScoreReports() throws IOException {
        valid("careerfit-question-listing/2", "questions", "--json");
        JsonNode report = valid("careerfit-fit-report/4", "score", "--answers", answers.toString(), "--role",
                "15-1252.00", "--json");
        valid("careerfit-ranking/1", "score", "--answers", answers.toString(), "--all", "--json");
        valid("careerfit-ranking/1", "score", "--interest-profiler", "12,38,10,15,5,30", "--json");

        // O*NET 30.1 rates Software Developers' skills: the report weighs the answers' skill ratings against them.
        assertThat(report.at("/readiness/skills/required").asInt()).isPositive();
        assertThat(report.findValues("provenance")).isNotEmpty();
    }

    /**
     * Software Developers' page (O*NET 30.1, OEWS May 2024, EP 2024-34, 650 facts) is written as a stream, each source
     * once: 0.7 MB in a 24 MB heap, where careerfit-role/2 (1.2 MB, built as one string) ran out of memory.
     */
    @Test
    void aLargeRolePageIsWrittenAsAStreamInASmallHeap() throws Exception {
        Path out = dir.resolve("software-developers.json");
        Process p = QuizProcessTest.program(dir.resolve("small-heap"), java.util.List.of("-Xmx24m"), "role",
                "15-1252.00", "--json").redirectOutput(out.toFile()).redirectError(dir.resolve("small-heap.err")
                .toFile()).start();

        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("small-heap.err"))).isZero();
        JsonNode doc = JSON.readTree(out.toFile());
        assertThat(errors("careerfit-role/3", doc)).isEmpty();
        assertThat(Files.size(out)).isLessThan(750_000);
    }

    @Test
    void theSchemasRejectAFigureWrittenAsText() throws IOException {
        JsonNode doc = valid("careerfit-salary/3", "salary", "15-2051.00", "--json");
        ObjectNode band = (ObjectNode) doc.at("/salaries/0/values/0/value");
        band.put("median", "$" + band.get("median").decimalValue().toPlainString());
        ObjectNode provenance = (ObjectNode) doc.at("/salaries/0/values/0/provenance");
        provenance.remove("source");

        assertThat(errors("careerfit-salary/3", doc)).anyMatch(e -> e.contains("median"))
                .anyMatch(e -> e.contains("source"));
    }

    @Test
    void everySchemaIsNamedInFormatsMd() throws IOException {
        String formats = Files.readString(SCHEMAS.getParent().resolve("formats.md"));
        try (var files = Files.list(SCHEMAS)) {
            assertThat(files.map(f -> f.getFileName().toString())).allSatisfy(f -> assertThat(formats).contains("schemas/" + f));
        }
    }
}
