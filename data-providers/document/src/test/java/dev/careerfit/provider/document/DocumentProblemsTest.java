package dev.careerfit.provider.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentProblemsTest {
    private static final String GOOD = """
            {
              "format": "careerfit-provider/1",
              "provider": {"id": "example"},
              "sources": [
                {"id": "bls-ooh", "publisher": "U.S. Bureau of Labor Statistics", "title": "OOH", "kind": "OFFICIAL_STATISTICS"}
              ],
              "roles": [
                {
                  "id": "ml-engineer",
                  "title": "Machine learning engineer",
                  "salaries": [
                    {
                      "value": {"currency": "USD", "period": "ANNUAL", "location": {"country": "US"}, "median": 136620},
                      "provenance": {"source": "bls-ooh", "referencePeriod": "2023"}
                    }
                  ]
                }
              ]
            }
            """;
    private static final String SALARY = "$.roles[0].salaries[0]";

    @TempDir
    Path dir;

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                Arguments.of("bad enum", "\"ANNUAL\"", "\"YEARLY\"", SALARY + ".value.period",
                        "'YEARLY' is not one of ANNUAL, HOURLY"),
                Arguments.of("negative salary", "136620", "-5", SALARY + ".value",
                        "median must not be negative, was -5"),
                Arguments.of("range low above high", "\"median\": 136620", "\"low\": 150000, \"high\": 110000",
                        SALARY + ".value", "salary range low 150000 is above high 110000"),
                Arguments.of("unknown field", "\"median\"", "\"meedian\"", SALARY + ".value.meedian",
                        "unknown field 'meedian'; known fields: basis, currency, high, location, low, mean, median, "
                                + "otherPeriod, percentiles, period, topCoded, unavailable"),
                Arguments.of("unknown source id", "\"source\": \"bls-ooh\"", "\"source\": \"bls\"",
                        SALARY + ".provenance.source", "unknown source 'bls'; declared sources: bls-ooh"),
                Arguments.of("provider id in provenance", "\"source\": \"bls-ooh\"",
                        "\"source\": \"bls-ooh\", \"providerId\": \"bls\"", SALARY + ".provenance.providerId",
                        "unknown field 'providerId'; known fields: basis, citedIn, note, origin, quality, reading, referencePeriod, source"),
                Arguments.of("reversed reference period", "\"2023\"", "\"2023-2020\"",
                        SALARY + ".provenance.referencePeriod",
                        "reference period end year 2020 is before its start year 2023"),
                Arguments.of("wrong format", "careerfit-provider/1", "careerfit-provider/0", "$.format",
                        "format 'careerfit-provider/0' is not supported; expected \"careerfit-provider/1\""),
                Arguments.of("malformed json", "engineer\",\n", "engineer\",,\n", "$",
                        "syntax error: Unexpected character (',' (code 44)): was expecting double-quote to start field name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void reportsABadValueWithItsLineAndJsonPath(String name, String good, String bad, String path, String message)
            throws Exception {
        int at = GOOD.indexOf(good);
        assertThat(at).as("the good document contains %s", good).isNotNegative();
        String text = GOOD.substring(0, at) + bad + GOOD.substring(at + good.length());

        List<Problem> problems = problemsOf("bad.json", text);

        int line = lineOf(text, bad);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.where()).startsWith("bad.json:" + line + ":").endsWith(" " + path);
            assertThat(problem.message()).isEqualTo(message);
        });
    }

    @Test
    void pointsAtTheLineAndColumnOfMalformedJson() throws Exception {
        String text = GOOD.replace("learning engineer\",", "learning engineer\",,");

        assertThat(problemsOf("bad.json", text)).extracting(Problem::where).containsExactly("bad.json:10:44 $");
    }

    @Test
    void reportsAMissingFormat() throws Exception {
        String text = GOOD.replace("\"format\": \"careerfit-provider/1\",", "");

        assertThat(problemsOf("bad.json", text)).containsExactly(new Problem("bad.json $",
                "missing field 'format'; a provider document starts with \"format\": \"careerfit-provider/1\""));
    }

    @Test
    void reportsADocumentThatIsNotAnObject() throws Exception {
        assertThat(problemsOf("list.json", "[]")).containsExactly(new Problem("list.json:1:1 $",
                "a provider document must be an object with format, provider, sources, factors and roles; "
                        + "found a list"));
    }

    @Test
    void reportsProblemsInYamlWithLineAndColumn() throws Exception {
        String yaml = """
                format: careerfit-provider/1
                provider: {id: example}
                roles:
                  - id: ml-engineer
                    tips:
                      - value: Learn SQL.
                        provenance: {source: nowhere}
                """;

        assertThat(problemsOf("bad.yaml", yaml)).containsExactly(new Problem(
                "bad.yaml:7:30 $.roles[0].tips[0].provenance.source",
                "unknown source 'nowhere'; the document declares no sources"));
    }

    @Test
    void rejectsADocumentWhoseNameDoesNotTellItsFormat() throws Exception {
        assertThat(problemsOf("bls.txt", GOOD)).containsExactly(new Problem("bls.txt",
                "cannot tell the format of 'bls.txt' from its name; name it *.json, *.yaml or *.yml"));
    }

    private List<Problem> problemsOf(String fileName, String text) throws Exception {
        Path file = dir.resolve(fileName);
        Files.writeString(file, text);
        DocumentProvider provider = new DocumentProvider(file);
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, provider::roles);
        assertThat(e).as("reading %s", fileName).isNotNull();
        assertThat(e.subject()).isEqualTo("provider document " + file);
        return e.problems();
    }

    private static int lineOf(String text, String fragment) {
        return (int) text.substring(0, text.indexOf(fragment)).chars().filter(c -> c == '\n').count() + 1;
    }
}
