package dev.careerfit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.careerfit.Api;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorId;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.ProviderId;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.role.SkillId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * Teaches Jackson the few careerfit types that are not plain records: ids read and write as JSON
 * strings (also as map keys), a {@link ReferencePeriod} as {@code "2023"} or {@code "2022-2032"}, a
 * {@link Currency} as its ISO code, amounts as plain numbers without an exponent, a fact kind as its
 * id, and a {@link RoleProfile} with one list per kind of fact (see {@code RoleProfileJson}). Every other
 * domain type is a record and uses Jackson's own record support, so core carries no annotations.
 *
 * <p>Errors these deserializers raise carry the domain's own one-line message, which
 * {@link JsonProblems} reports word for word. The module also makes an unknown field of a record fail
 * where it stands, before the record's constructor can fail for want of the field that was misspelt.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public class CareerfitJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The name Jackson knows this module by. */
    public static final String NAME = "careerfit";

    public CareerfitJacksonModule() {
        super(NAME, builtVersion());
        addId(RoleId.class, "role id", "ml-engineer", RoleId::of);
        addId(SourceId.class, "source id", "bls-ooh", SourceId::of);
        addId(SkillId.class, "skill id", "python", SkillId::of);
        addId(FactorId.class, "factor id", "maths-intensity", FactorId::of);
        addId(ProviderId.class, "provider id", "onet", ProviderId::of);
        addSerializer(ReferencePeriod.class, new AsTextSerializer<>(ReferencePeriod.class, ReferencePeriod::toString));
        addDeserializer(ReferencePeriod.class, new ReferencePeriodDeserializer());
        addSerializer(Currency.class, new AsTextSerializer<>(Currency.class, Currency::getCurrencyCode));
        addDeserializer(Currency.class, new FromTextDeserializer<>(Currency.class, "currency", "USD",
                code -> {
                    try {
                        return Currency.getInstance(code);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("currency '" + code
                                + "' is not an ISO 4217 code, e.g. USD, GBP or EUR", e);
                    }
                }));
        addSerializer(BigDecimal.class, new PlainBigDecimalSerializer());
        addSerializer(Origin.class, new OriginSerializer());
        addSerializer(RoleProfile.class, new RoleProfileJson.Serializer());
        addDeserializer(RoleProfile.class, new RoleProfileJson.Deserializer());
        addSerializer(FactKind.class, new AsTextSerializer<>(FactKind.class, FactKind::id));
        addDeserializer(FactKind.class, new FromTextDeserializer<>(FactKind.class, "fact kind", "salary",
                id -> FactKind.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown fact kind '" + id
                        + "'; known kinds: " + FactKinds.all().stream().map(FactKind::id).toList()))));
        setDeserializerModifier(new UnknownFieldCheck());
    }

    private <T> void addId(Class<T> type, String label, String example, Function<String, T> factory) {
        addSerializer(type, new AsTextSerializer<>(type, Object::toString));
        addDeserializer(type, new FromTextDeserializer<>(type, label, example, factory));
        addKeySerializer(type, new AsKeySerializer<>(type));
        addKeyDeserializer(type, new FromTextKeyDeserializer<>(factory));
    }

    /** The version this jar was built as, from a resource Maven filters; unknown when run from sources. */
    static Version builtVersion() {
        Properties properties = new Properties();
        try (InputStream in = CareerfitJacksonModule.class.getResourceAsStream("careerfit-json.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(properties.getProperty("version"), "dev.careerfit", "careerfit-json");
    }

    /** Writes a value as one JSON string. */
    private static final class AsTextSerializer<T> extends StdScalarSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, String> text;

        AsTextSerializer(Class<T> type, Function<T, String> text) {
            super(type);
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(text.apply(value));
        }
    }

    /** Writes an id as a map key. */
    private static final class AsKeySerializer<T> extends StdScalarSerializer<T> {
        private static final long serialVersionUID = 1L;

        AsKeySerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeFieldName(value.toString());
        }
    }

    /** Reads a value from one JSON string through a factory that validates it. */
    private static final class FromTextDeserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final String label;
        private final String example;
        private final transient Function<String, T> factory;

        FromTextDeserializer(Class<T> type, String label, String example, Function<String, T> factory) {
            super(type);
            this.label = label;
            this.example = example;
            this.factory = factory;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw JsonProblems.inputError(p, label + " must be text, e.g. \"" + example + "\", found "
                        + JsonProblems.describe(p.currentToken()));
            }
            return create(p, factory, p.getText());
        }
    }

    private static final class FromTextKeyDeserializer<T> extends KeyDeserializer {
        private final Function<String, T> factory;

        FromTextKeyDeserializer(Function<String, T> factory) {
            this.factory = factory;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return create(ctxt.getParser(), factory, key);
        }
    }

    /** {@code "2023"}, {@code "2022-2032"}, a bare year, or {@code {"startYear": 2022, "endYear": 2032}}. */
    private static final class ReferencePeriodDeserializer extends StdScalarDeserializer<ReferencePeriod> {
        private static final long serialVersionUID = 1L;
        private static final List<String> FIELDS = List.of("endYear", "startYear");

        ReferencePeriodDeserializer() {
            super(ReferencePeriod.class);
        }

        @Override
        public ReferencePeriod deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return create(p, ReferencePeriod::parse, p.getText());
            }
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                return create(p, ReferencePeriod::year, p.getIntValue());
            }
            if (p.isExpectedStartObjectToken()) {
                return fromObject(p, ctxt.readTree(p));
            }
            throw JsonProblems.inputError(p, "reference period must be a year (\"2023\") or a span of years "
                    + "(\"2022-2032\"), found " + JsonProblems.describe(p.currentToken()));
        }

        private static ReferencePeriod fromObject(JsonParser p, JsonNode node) throws IOException {
            List<String> unknown = new ArrayList<>();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    unknown.add(name);
                }
            }
            if (!unknown.isEmpty()) {
                throw JsonProblems.inputError(p, JsonProblems.unknownField(unknown.get(0), FIELDS));
            }
            JsonNode start = node.get("startYear");
            JsonNode end = node.get("endYear");
            if (start == null || !start.canConvertToExactIntegral() || (end != null && !end.canConvertToExactIntegral())) {
                throw JsonProblems.inputError(p, "reference period needs a whole-number startYear, and an endYear "
                        + "if it spans several years");
            }
            return create(p, s -> ReferencePeriod.between(s, end == null ? s : end.intValue()), start.intValue());
        }
    }

    /** Amounts as written, e.g. {@code 150000} rather than {@code 1.5E+5}. */
    private static final class PlainBigDecimalSerializer extends StdScalarSerializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        PlainBigDecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.toPlainString());
        }
    }

    /**
     * An origin's fields as a record writes them, except that the codes a published code combines are left out
     * when there are none: almost no figure has any, and an empty list would be noise on every one.
     */
    private static final class OriginSerializer extends StdSerializer<Origin> {
        private static final long serialVersionUID = 1L;

        OriginSerializer() {
            super(Origin.class);
        }

        @Override
        public void serialize(Origin o, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            text(gen, "table", o.table());
            text(gen, "element", o.element());
            text(gen, "scale", o.scale());
            text(gen, "collected", o.collected());
            text(gen, "domainSource", o.domainSource());
            text(gen, "appliedFrom", o.appliedFrom());
            text(gen, "appliedFromTitle", o.appliedFromTitle());
            if (!o.combines().isEmpty()) {
                gen.writeArrayFieldStart("combines");
                for (String code : o.combines()) {
                    gen.writeString(code);
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        }

        private static void text(JsonGenerator gen, String field, String value) throws IOException {
            if (value != null) {
                gen.writeStringField(field, value);
            }
        }
    }

    /** Runs a validating factory, turning its complaint into an input error at the parser's position. */
    private static <A, T> T create(JsonParser p, Function<A, T> factory, A argument) throws IOException {
        try {
            return factory.apply(argument);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw JsonProblems.inputError(p, e.getMessage());
        }
    }
}
