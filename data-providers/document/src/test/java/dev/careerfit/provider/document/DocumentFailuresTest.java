package dev.careerfit.provider.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.ProviderFailure;
import dev.careerfit.catalog.ProviderLoadException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a broken document reaches the person who wrote it: every problem, each where it is. */
class DocumentFailuresTest {
    /** Five mistakes: three in the first role (two facts and a field), one in the second, one in a source. */
    private static final String FIVE_MISTAKES = """
            {
              "format": "careerfit-provider/1",
              "provider": {"id": "acme"},
              "sources": [
                {"id": "acme-survey", "publisher": "Acme", "title": "Survey", "kind": "SURVEY"},
                {"id": "acme-guide", "publisher": "Acme", "title": "Guide", "kind": "GUESS"}
              ],
              "roles": [
                {
                  "id": "ml-engineer",
                  "title": "Machine learning engineer",
                  "sumary": "Builds models.",
                  "salaries": [
                    {"value": {"currency": "USD", "period": "YEARLY", "location": {"country": "US"}, "median": 1},
                     "provenance": {"source": "acme-survey"}},
                    {"value": {"currency": "USD", "period": "ANNUAL", "location": {"country": "US"}, "median": 2},
                     "provenance": {"source": "acme-survey"}}
                  ],
                  "tips": [
                    {"value": "Learn SQL.", "provenance": {"source": "nowhere"}}
                  ]
                },
                {
                  "id": "data-scientist",
                  "title": "Data scientist",
                  "salaries": [
                    {"value": {"currency": "USD", "period": "ANNUAL", "location": {"country": "UK"}, "median": 3},
                     "provenance": {"source": "acme-survey"}}
                  ]
                }
              ]
            }
            """;

    private static final String UNKNOWN_FACTOR = """
            {
              "format": "careerfit-provider/1",
              "provider": {"id": "acme"},
              "sources": [{"id": "acme-survey", "publisher": "Acme", "title": "Survey", "kind": "SURVEY"}],
              "roles": [
                {
                  "id": "widget-maker",
                  "title": "Widget maker",
                  "factors": [
                    {"value": {"factor": "juggling", "intensity": 3, "framing": "PRO"},
                     "provenance": {"source": "acme-survey"}}
                  ]
                }
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void reportsEveryMistakeOfADocumentEachWithFileLineColumnAndPath() throws Exception {
        Path file = write("acme.json", FIVE_MISTAKES);

        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, new DocumentProvider(file)::roles);

        assertThat(e.problems()).extracting(Problem::where).containsExactly(
                "acme.json:6:73 $.sources[1].kind",
                "acme.json:12:17 $.roles[0].sumary",
                "acme.json:14:49 $.roles[0].salaries[0].value.period",
                "acme.json:20:58 $.roles[0].tips[0].provenance.source",
                "acme.json:27:87 $.roles[1].salaries[0].value.location");
        assertThat(e.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("use GB"))
                .anySatisfy(m -> assertThat(m).contains("unknown field 'sumary'"));
    }

    @Test
    void aLenientCatalogReportsEachRolesOwnMistakesWhenTheRoleIsRead() throws Exception {
        // Mistakes inside facts only, so the document outlines and each role's facts are bound when it is read.
        Path file = write("acme.json", FIVE_MISTAKES.replace("\"kind\": \"GUESS\"", "\"kind\": \"SURVEY\"")
                .replace("\"sumary\"", "\"summary\""));
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false)
                .addProvider(new DocumentProvider(file)).build();

        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> catalog.role("ml-engineer"));

        assertThat(e.problems()).extracting(Problem::where).containsExactly(
                "acme.json:14:49 $.roles[0].salaries[0].value.period",
                "acme.json:20:58 $.roles[0].tips[0].provenance.source");
        assertThat(catalog.failures()).isEmpty();
        assertThat(problemsOf(catalog, "data-scientist")).extracting(Problem::where)
                .containsExactly("acme.json:27:87 $.roles[1].salaries[0].value.location");
    }

    @Test
    void anUnknownFactorIsReportedWhereTheDocumentNamesIt() throws Exception {
        Path file = write("acme.json", UNKNOWN_FACTOR);

        ProviderLoadException strict = catchThrowableOfType(ProviderLoadException.class, () -> CareerCatalog.builder()
                .discoverProviders(false).strict(true).addProvider(new DocumentProvider(file)).build());
        CareerCatalog lenient = CareerCatalog.builder().discoverProviders(false)
                .addProvider(new DocumentProvider(file)).build();

        Problem expected = new Problem("acme.json:10:30 $.roles[0].factors[0].value.factor",
                "unknown work factor 'juggling'; declare it in the provider's factors() or use a standard one");
        assertThat(strict.failures()).singleElement().extracting(ProviderFailure::problems).asList()
                .containsExactly(expected);
        assertThat(problemsOf(lenient, "widget-maker")).containsExactly(expected);
    }

    @Test
    void brokenSyntaxIsADataFailureAtItsLineAndColumnNotAnInvalidId() throws Exception {
        Path file = write("acme.json", UNKNOWN_FACTOR.replace("\"widget-maker\",", "\"widget-maker\",,"));

        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).addProvider(new DocumentProvider(file))
                .build();

        assertThat(catalog.failures()).singleElement().satisfies(f -> {
            assertThat(f.stage()).isEqualTo(ProviderFailure.Stage.DATA);
            assertThat(f.problems()).singleElement().satisfies(p -> {
                assertThat(p.where()).isEqualTo("acme.json:7:28 $");
                assertThat(p.message()).startsWith("syntax error: Unexpected character (','");
            });
            assertThat(f.describe()).contains("docs/providers.md#provider-data-failed").doesNotContain("invalid id");
        });
    }

    @Test
    void eachCallMeetingADocumentsProblemsGetsAnExceptionOfItsOwn() throws Exception {
        DocumentProvider provider = new DocumentProvider(write("acme.json", FIVE_MISTAKES));

        InvalidDataException first = catchThrowableOfType(InvalidDataException.class, provider::roles);
        InvalidDataException second = catchThrowableOfType(InvalidDataException.class, provider::sources);

        assertThat(second).isNotSameAs(first);
        assertThat(second.problems()).isEqualTo(first.problems());
        assertThat(second.getStackTrace()).anySatisfy(frame -> assertThat(frame.getMethodName()).isEqualTo("sources"));
    }

    @Test
    void aBrokenDocumentInAUsersJarIsReportedAsComingFromThatJar() throws Exception {
        Path jar = dir.resolve("acme-provider.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry(DocumentProviderFactory.REGISTRATION));
            j.write("com/acme/acme.json\n".getBytes(StandardCharsets.UTF_8));
            j.putNextEntry(new JarEntry("com/acme/acme.json"));
            j.write(UNKNOWN_FACTOR.replace("\"SURVEY\"", "\"GUESS\"").getBytes(StandardCharsets.UTF_8));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                DocumentFailuresTest.class.getClassLoader())) {
            CareerCatalog catalog = CareerCatalog.builder().classLoader(loader).build();

            assertThat(catalog.failures()).singleElement().satisfies(f -> {
                assertThat(f.provider()).isEqualTo("acme");
                assertThat(f.origin()).startsWith("DocumentProvider[com/acme/acme.json in acme-provider.jar]");
                assertThat(f.describe()).contains("acme.json:4:85 $.sources[0].kind");
            });
        }
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static List<Problem> problemsOf(CareerCatalog catalog, String role) {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> catalog.role(role));
        assertThat(e).as("reading role %s", role).isNotNull();
        return e.problems();
    }
}
