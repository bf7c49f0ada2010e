package dev.careerfit.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.TSFBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.careerfit.Api;
import java.util.Locale;

/**
 * The object mappers careerfit reads and writes its documents with, configured alike for JSON and
 * YAML.
 *
 * <p>Reading is strict, because a typo in a data document should fail loudly rather than drop a
 * figure: unknown fields, {@code null} or missing primitives, content after the document, duplicate
 * keys and enum values given as numbers are all errors. Writing is stable, so saved files diff well:
 * indented, {@code null} fields left out, map entries sorted by key, and record fields in declaration
 * order. Each call returns a new mapper; keep the one you use.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class CareerfitJson {
    private CareerfitJson() {}

    /** A JSON mapper with the {@link CareerfitJacksonModule} and careerfit's settings. */
    public static ObjectMapper objectMapper() {
        return configure(JsonMapper.builder(jsonFactory())).build();
    }

    /** A YAML mapper with the same module and settings as {@link #objectMapper()}. */
    public static ObjectMapper yamlMapper() {
        return configure(YAMLMapper.builder(yamlFactory())).build();
    }

    /**
     * A parser factory for the format with careerfit's reading settings (duplicate keys are errors,
     * locations leave the content out), for reading a document token by token. Far cheaper to make and
     * to use than a mapper: no binding is set up. Each call returns a new factory; keep the one you use.
     */
    public static JsonFactory parserFactory(Format format) {
        return format == Format.JSON ? jsonFactory() : yamlFactory();
    }

    private static JsonFactory jsonFactory() {
        return readSettings(new JsonFactoryBuilder()).build();
    }

    private static YAMLFactory yamlFactory() {
        return readSettings(YAMLFactory.builder())
                .inputDecorator(new WholeCodePoints())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                // "2023" stays a string rather than turning into a number on the way back in.
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build();
    }

    private static <F extends JsonFactory, B extends TSFBuilder<F, B>> B readSettings(B builder) {
        return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
    }

    /**
     * The mapper for a file, chosen by its extension: {@code .json}, or {@code .yaml} / {@code .yml}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static ObjectMapper mapperFor(String fileName) {
        return formatOf(fileName) == Format.JSON ? objectMapper() : yamlMapper();
    }

    /**
     * The format a file's name says it is in, ignoring case.
     *
     * @throws IllegalArgumentException naming the file when it ends in neither {@code .json},
     *                                  {@code .yaml} nor {@code .yml}
     */
    public static Format formatOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Format.YAML;
        }
        throw new IllegalArgumentException("cannot tell the format of '" + fileName
                + "' from its name; name it *.json, *.yaml or *.yml");
    }

    /** The document formats careerfit reads and writes. */
    @Api(Api.Status.STABLE)
    public enum Format { JSON, YAML }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .addModule(new CareerfitJacksonModule())
                // careerfit's types carry no Jackson annotations (core must not depend on Jackson), so
                // skipping annotation introspection changes nothing but start-up time.
                .disable(MapperFeature.USE_ANNOTATIONS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.USE_DEFAULTS));
    }
}
