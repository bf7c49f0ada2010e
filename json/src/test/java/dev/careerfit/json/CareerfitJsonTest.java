package dev.careerfit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.careerfit.market.SalaryBand;
import dev.careerfit.role.Tool;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CareerfitJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"bls.json", "BLS.JSON", "dir/answers.json"})
    void choosesJsonForJsonFiles(String name) {
        assertThat(CareerfitJson.mapperFor(name).getFactory()).isNotInstanceOf(YAMLFactory.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bls.yaml", "bls.yml", "Guide.YML"})
    void choosesYamlForYamlFiles(String name) {
        assertThat(CareerfitJson.mapperFor(name).getFactory()).isInstanceOf(YAMLFactory.class);
    }

    /**
     * SnakeYAML reads 1,024 characters at a time and failed with an IndexOutOfBoundsException when a window ended on
     * the first half of an emoji (AnswersFuzzTest found it in an answers file, stop 27); every place near the end of
     * the first window is tried.
     */
    @ParameterizedTest
    @ValueSource(ints = {1019, 1020, 1021, 1022, 1023, 1024, 2047})
    void readsYamlWithAnEmojiWhereverItFalls(int at) throws Exception {
        String comment = "#" + "x".repeat(at - 1);
        String yaml = comment + "\uD83D\uDE00\nname: caf\u00E9 \uD83D\uDE00\n";
        assertThat(comment.length() + 1).isEqualTo(at + 1);
        assertThat(CareerfitJson.yamlMapper().readTree(yaml).get("name").asText()).isEqualTo("caf\u00E9 \uD83D\uDE00");
    }

    @Test
    void tellsTheFormatFromTheFileName() {
        assertThat(CareerfitJson.formatOf("a.JSON")).isEqualTo(CareerfitJson.Format.JSON);
        assertThat(CareerfitJson.formatOf("a.yml")).isEqualTo(CareerfitJson.Format.YAML);
    }

    @Test
    void rejectsFilesOfUnknownFormat() {
        assertThatIllegalArgumentException().isThrownBy(() -> CareerfitJson.mapperFor("bls.txt"))
                .withMessage("cannot tell the format of 'bls.txt' from its name; name it *.json, *.yaml or *.yml");
    }

    @Test
    void readsStrictlyAndWritesStably() {
        for (ObjectMapper mapper : new ObjectMapper[] {CareerfitJson.objectMapper(), CareerfitJson.yamlMapper()}) {
            assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
            assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)).isTrue();
            assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).isTrue();
            assertThat(mapper.isEnabled(SerializationFeature.INDENT_OUTPUT)).isTrue();
            assertThat(mapper.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)).isTrue();
            assertThat(mapper.getRegisteredModuleIds()).isNotEmpty();
        }
    }

    @Test
    void reportsAnUnknownRecordFieldBeforeTheRecordsOwnChecks() {
        assertThatThrownBy(() -> CareerfitJson.objectMapper().readValue("{\"meen\": 1}", SalaryBand.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void ignoresUnknownRecordFieldsWhenAskedTo() throws Exception {
        ObjectReader lenient = CareerfitJson.objectMapper().readerFor(Tool.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        assertThat(lenient.<Tool>readValue("{\"name\": \"Spark\", \"extra\": {\"a\": [1]}, \"inDemand\": true}"))
                .isEqualTo(new Tool("Spark", null, true));
    }

    @Test
    void leavesNullFieldsOut() throws Exception {
        record Note(String text, String author) {}

        assertThat(CareerfitJson.objectMapper().writeValueAsString(new Note("hi", null)))
                .isEqualTo("{\n  \"text\" : \"hi\"\n}");
    }

    @Test
    void sortsMapEntriesByKey() throws Exception {
        assertThat(CareerfitJson.yamlMapper().writeValueAsString(Map.of("b", 1, "a", 2))).isEqualTo("a: 2\nb: 1\n");
    }
}
