package dev.careerfit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careerfit.Problem;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.role.Tool;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonProblemsTest {
    private static final String SALARY = "{\"currency\": \"USD\", \"period\": \"ANNUAL\", \"location\": {\"country\": \"US\"}, ";

    private final ObjectMapper json = CareerfitJson.objectMapper();

    /** {@code f.json:1:<column>}, the column being that of the last {@code token} in {@code input}. */
    private static String at(String input, String token) {
        return "f.json:1:" + (input.lastIndexOf(token) + 1);
    }

    static Stream<Arguments> badInputs() {
        String range = SALARY + "\"low\": 150000, \"high\": 110000}";
        String typo = SALARY + "\"meen\": 1}";
        String negative = SALARY + "\"mean\": -5}";
        return Stream.of(
                Arguments.of("range low above high", SalaryBand.class, range, at(range, "}") + " $",
                        "salary range low 150000 is above high 110000"),
                Arguments.of("unknown field", SalaryBand.class, typo, at(typo, "1}") + " $.meen",
                        "unknown field 'meen'; known fields: basis, currency, high, location, low, mean, median, "
                                + "otherPeriod, percentiles, period, topCoded, unavailable"),
                Arguments.of("negative amount", SalaryBand.class, negative, at(negative, "}") + " $",
                        "mean must not be negative, was -5"),
                Arguments.of("bad currency", SalaryBand.class, "{\"currency\": \"USX\"}",
                        "f.json:1:14 $.currency", "currency 'USX' is not an ISO 4217 code, e.g. USD, GBP or EUR"),
                Arguments.of("bad enum", SalaryBand.class, "{\"period\": \"YEARLY\"}",
                        "f.json:1:12 $.period", "'YEARLY' is not one of ANNUAL, HOURLY"),
                Arguments.of("enum as number", SalaryBand.class, "{\"period\": 0}",
                        "f.json:1:12 $.period", "'0' is not one of ANNUAL, HOURLY"),
                Arguments.of("bad id", FactorExposure.class, "{\"factor\": \"Maths Intensity\"}",
                        "f.json:1:12 $.factor", "factor id 'Maths Intensity' must be lower-case letters and digits "
                                + "separated by '-' or '.', e.g. 'ml-engineer'"),
                Arguments.of("id that is not text", FactorExposure.class, "{\"factor\": 7}",
                        "f.json:1:12 $.factor", "factor id must be text, e.g. \"maths-intensity\", found a number"),
                Arguments.of("text for a number", FactorExposure.class, "{\"intensity\": \"high\"}",
                        "f.json:1:15 $.intensity", "'high' is not a number"),
                Arguments.of("list for a number", FactorExposure.class, "{\"intensity\": [1]}",
                        "f.json:1:15 $.intensity", "expected a number, found a list"),
                Arguments.of("missing boolean", Tool.class, "{\"name\": \"TensorFlow\"}",
                        "f.json:1:22 $.inDemand", "missing or null; expected true or false"),
                Arguments.of("missing provenance", Sourced.class, "{\"value\": \"x\"}",
                        "f.json:1:14 $", "provenance must not be null"),
                Arguments.of("object for a list", RoleProfile.class, "{\"id\": \"ml\", \"tasks\": {}}",
                        "f.json:1:23 $.tasks", "expected a list, found an object"),
                Arguments.of("bad reference period", ReferencePeriod.class, "\"2022-20x\"",
                        "f.json:1:1 $", "reference period '2022-20x' must be a year (2023) or a span of years "
                                + "(2022-2032)"),
                Arguments.of("malformed json", SalaryBand.class, "{\"mean\": 1,}",
                        "f.json:1:12 $", "syntax error: Unexpected character ('}' (code 125)): was expecting double-quote to "
                                + "start field name"),
                Arguments.of("trailing content", ReferencePeriod.class, "\"2023\" \"2024\"",
                        "f.json:1:8 $", "unexpected text after the end of the document"),
                Arguments.of("document cut short", RoleProfile.class, "{\"id\": \"ml\", \"tasks\": [",
                        "f.json:1:24 $.tasks", "syntax error: Unexpected end-of-input: expected close marker for Array (start marker at "
                                + "line 1, column 23)"),
                Arguments.of("duplicate key", SalaryBand.class, "{\"mean\": 1, \"mean\": 2}",
                        "f.json:1:19 $", "Duplicate field 'mean'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void reportsBadInputAsOnePlainLineWithItsPlace(String name, Class<?> type, String input, String where,
                                                   String message) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> json.readValue(input, type));

        Problem problem = JsonProblems.of("f.json", e);

        assertThat(problem.message()).isEqualTo(message).doesNotContain("\n", "com.fasterxml", "Exception", "REDACTED");
        assertThat(problem.where()).isEqualTo(where);
    }

    @Test
    void prefixesTheBasePathOfAValueReadOnItsOwn() {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> json.readValue("{\"id\": \"ml\", \"salaries\": [{\"value\": " + SALARY + "\"meen\": 1}}]}",
                        RoleProfile.class));

        assertThat(JsonProblems.of("bls.json", "$.roles[2]", e).where())
                .startsWith("bls.json:1:").endsWith(" $.roles[2].salaries[0].value.meen");
    }

    @Test
    void quotesFieldNamesThatAreNotIdentifiers() {
        assertThat(JsonPaths.field(JsonPaths.index("$.percentiles", 0), "10")).isEqualTo("$.percentiles[0]['10']");
        assertThat(JsonPaths.field("$", "it's")).isEqualTo("$['it\\'s']");
    }

    /**
     * SnakeYAML's message for an alias where a key belongs repeats the alias whole: one of 4,000 characters (found by
     * QuestionDocumentFuzzTest's long run) made a message of 4,277. The message says what is wrong and counts the rest.
     */
    @Test
    void keepsAParsersMessageShortWhateverTokenItRepeats() {
        String alias = "Q".repeat(4_000);
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> CareerfitJson.yamlMapper().readTree("{*" + alias));

        Problem problem = JsonProblems.of("questions.yaml", e);

        assertThat(problem.message()).startsWith("syntax error: ").contains("characters)").doesNotContain("\n")
                .hasSizeLessThanOrEqualTo(JsonProblems.LONGEST_LINE + 40);
        assertThat(problem.where()).startsWith("questions.yaml:1:");
    }

    /** A field name of 3,700 characters in a question document (QuestionDocumentFuzzTest's long run) made a path as long. */
    @Test
    void keepsAPathShortWhateverItsNamesAndDepth() {
        assertThat(JsonPaths.field("$", "Q".repeat(3_700))).startsWith("$['QQQ").endsWith("... (3700 characters)']")
                .hasSizeLessThan(100);
        assertThat(JsonPaths.field("$", "mean")).isEqualTo("$.mean");

        String where = JsonProblems.where("f.yaml", null, "$" + ".level".repeat(1_000) + ".mean");

        assertThat(where).startsWith("f.yaml $...").endsWith(".level.mean").hasSizeLessThanOrEqualTo(
                "f.yaml $...".length() + JsonProblems.LONGEST_LINE);
    }

    @Test
    void leavesOutWhatIsNotKnownOfThePlace() {
        assertThat(JsonProblems.where(null, null, "$.a")).isEqualTo("$.a");
        assertThat(JsonProblems.where("a.json", null, null)).isEqualTo("a.json");
    }
}
