package dev.careerfit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RelatedRole;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a {@link RoleProfile} reads and writes: its id, titles, codes and neighbours, then one list per
 * {@linkplain FactKinds kind of fact} under the kind's {@link FactKind#field() field} name
 * ({@code salaries}, {@code skillRatings}...). The fields come from {@link FactKinds#all()}, so a new
 * kind of fact needs nothing here.
 */
final class RoleProfileJson {
    private static final List<String> BASE_FIELDS = List.of("id", "title", "summary", "alternateTitles", "codes",
            "relatedRoles");
    private static final Map<String, FactKind<?>> KINDS_BY_FIELD = new HashMap<>();
    private static final List<String> FIELDS = new ArrayList<>(BASE_FIELDS);

    static {
        for (FactKind<?> k : FactKinds.all()) {
            KINDS_BY_FIELD.put(k.field(), k);
            FIELDS.add(k.field());
        }
    }

    private RoleProfileJson() {}

    /** Writes a profile, leaving out what it does not have. */
    static final class Serializer extends StdSerializer<RoleProfile> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(RoleProfile.class);
        }

        @Override
        public void serialize(RoleProfile p, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            provider.defaultSerializeField("id", p.id(), gen);
            if (p.title() != null) {
                gen.writeStringField("title", p.title());
            }
            if (p.summary() != null) {
                gen.writeStringField("summary", p.summary());
            }
            if (!p.alternateTitles().isEmpty()) {
                provider.defaultSerializeField("alternateTitles", p.alternateTitles(), gen);
            }
            if (!p.codes().isEmpty()) {
                provider.defaultSerializeField("codes", p.codes(), gen);
            }
            if (!p.relatedRoles().isEmpty()) {
                provider.defaultSerializeField("relatedRoles", p.relatedRoles(), gen);
            }
            for (FactKind<?> k : FactKinds.all()) {
                List<?> facts = p.facts(k);
                if (!facts.isEmpty()) {
                    provider.defaultSerializeField(k.field(), facts, gen);
                }
            }
            gen.writeEndObject();
        }
    }

    /**
     * Reads a profile field by field, so that a problem keeps the path of the field it is in. With a
     * {@link JsonProblems#EVERY_PROBLEM} list among the reader's attributes, a field or fact that fails
     * goes into that list and the reading goes on with the next, so one pass finds every problem; the
     * profile then fails with the first.
     */
    static final class Deserializer extends StdDeserializer<RoleProfile> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(RoleProfile.class);
        }

        @Override
        public RoleProfile deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                throw JsonProblems.inputError(p, "a role must be an object with at least an id, found "
                        + JsonProblems.describe(p.currentToken()));
            }
            RoleId id = null;
            String title = null;
            String summary = null;
            List<String> alternateTitles = List.of();
            List<OccupationCode> codes = List.of();
            List<RelatedRole> related = List.of();
            List<Object[]> facts = new ArrayList<>();
            TypeFactory types = ctxt.getTypeFactory();
            List<JsonMappingException> every = JsonProblems.everyProblem(ctxt);
            int before = every == null ? 0 : every.size();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                JsonStreamContext enclosing = enclosing(p);
                try {
                    switch (name) {
                        case "id" -> id = ctxt.readValue(p, RoleId.class);
                        case "title" -> title = p.hasToken(JsonToken.VALUE_NULL) ? null : ctxt.readValue(p, String.class);
                        case "summary" -> summary = p.hasToken(JsonToken.VALUE_NULL) ? null
                                : ctxt.readValue(p, String.class);
                        case "alternateTitles" -> alternateTitles = list(p, ctxt, types.constructType(String.class), name);
                        case "codes" -> codes = list(p, ctxt, types.constructType(OccupationCode.class), name);
                        case "relatedRoles" -> related = list(p, ctxt, types.constructType(RelatedRole.class), name);
                        default -> {
                            FactKind<?> kind = KINDS_BY_FIELD.get(name);
                            if (kind == null) {
                                throw JsonProblems.inputError(p, JsonProblems.unknownField(name, FIELDS));
                            }
                            JavaType sourced = types.constructParametricType(Sourced.class, kind.type());
                            facts.add(new Object[] {kind, list(p, ctxt, sourced, name)});
                        }
                    }
                } catch (JsonProcessingException e) {
                    // Broken syntax too, so that its problem names the field it broke in.
                    JsonMappingException located = JsonMappingException.wrapWithPath(e, RoleProfile.class, name);
                    if (every == null || !recoverable(e)) {
                        throw located;
                    }
                    every.add(located);
                    skipRest(p, enclosing);
                }
            }
            if (id == null) {
                JsonMappingException missing = JsonProblems.inputError(p, "a role needs an id, e.g. \"id\": \"ml-engineer\"");
                if (every == null) {
                    throw missing;
                }
                every.add(missing);
            }
            if (every != null && every.size() > before) {
                throw every.get(before);
            }
            RoleProfile.Builder builder = RoleProfile.builder(id).title(title).summary(summary);
            alternateTitles.forEach(builder::alternateTitle);
            codes.forEach(builder::code);
            related.forEach(builder::relatedRole);
            for (Object[] f : facts) {
                add(builder, (FactKind<?>) f[0], (List<?>) f[1]);
            }
            try {
                return builder.build();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw JsonProblems.inputError(p, e.getMessage());
            }
        }

        private static <T> List<T> list(JsonParser p, DeserializationContext ctxt, JavaType element, String field)
                throws IOException {
            if (p.hasToken(JsonToken.VALUE_NULL)) {
                return List.of();
            }
            List<JsonMappingException> every = JsonProblems.everyProblem(ctxt);
            if (every != null && p.isExpectedStartArrayToken()) {
                // Entry by entry, so that each bad entry is a problem of its own and the good ones still read.
                List<T> values = new ArrayList<>();
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    JsonStreamContext enclosing = enclosing(p);
                    try {
                        if (p.hasToken(JsonToken.VALUE_NULL)) {
                            throw JsonProblems.inputError(p, "a list entry must not be null");
                        }
                        values.add(ctxt.readValue(p, element));
                    } catch (JsonProcessingException e) {
                        if (!recoverable(e)) {
                            throw JsonMappingException.wrapWithPath(e, List.class, i);
                        }
                        every.add(JsonMappingException.wrapWithPath(JsonMappingException.wrapWithPath(e, List.class, i),
                                RoleProfile.class, field));
                        skipRest(p, enclosing);
                    }
                }
                return values;
            }
            JavaType type = ctxt.getTypeFactory().constructCollectionType(List.class, element);
            List<T> values = ctxt.readValue(p, type);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    throw JsonMappingException.wrapWithPath(JsonProblems.inputError(p, "a list entry must not be null"),
                            List.class, i);
                }
            }
            return values;
        }

        /** The context a value ends in: its parent's for an object or a list, otherwise the current one. */
        private static JsonStreamContext enclosing(JsonParser p) {
            return p.currentToken() != null && p.currentToken().isStructStart() ? p.getParsingContext().getParent()
                    : p.getParsingContext();
        }

        /** Skips what is left of a value that failed to bind, up to its end. */
        private static void skipRest(JsonParser p, JsonStreamContext enclosing) throws IOException {
            while (p.getParsingContext() != enclosing && p.nextToken() != null) {
                // Skip.
            }
        }

        /** Whether the reading can go on after {@code e}: not after broken syntax. */
        private static boolean recoverable(JsonProcessingException e) {
            return e instanceof JsonMappingException || e instanceof InputCoercionException;
        }

        @SuppressWarnings("unchecked")
        private static <T> void add(RoleProfile.Builder b, FactKind<T> kind, List<?> values) {
            for (Object v : values) {
                b.add(kind, (Sourced<T>) v);
            }
        }
    }
}
