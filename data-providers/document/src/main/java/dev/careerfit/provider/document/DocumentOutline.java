package dev.careerfit.provider.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.json.CareerfitJson;
import dev.careerfit.json.JsonProblems;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.spi.RoleEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A provider document read token by token, binding nothing: the provider part, the sources and
 * factors, and an index of the roles (id, title, other titles, codes, and which kinds of fact each
 * has). It is what the catalog needs before any role is asked for, at a small part of the cost of
 * binding the whole document, which needs an object mapper set up for every type a fact can have.
 *
 * <p>Only a plain document outlines: one whose every value outside the facts has exactly the shape
 * the format gives it and passes the checks of the type it becomes. Anything else (an unknown field,
 * a number where text belongs, a repeated id, broken syntax anywhere in the document) makes the
 * outline {@code null}, and the provider reads the document in full, which reports every problem
 * with its line, column and path. So the outline never explains a problem, and never accepts what
 * the full read refuses in the parts it reads; the facts themselves are checked when the document is
 * read in full.
 */
final class DocumentOutline {
    private static final Set<String> HEADER_FIELDS = Set.of("id", "name", "description", "priority");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "publisher", "title", "kind", "link", "licence",
            "release", "attribution");
    private static final Set<String> FACTOR_FIELDS = Set.of("id", "name", "description");
    private static final Set<String> CODE_FIELDS = Set.of("scheme", "code");
    private static final Map<String, FactKind<?>> KINDS_BY_FIELD = new HashMap<>();

    static {
        for (FactKind<?> k : FactKinds.all()) {
            KINDS_BY_FIELD.put(k.field(), k);
        }
    }

    /** Thrown, without a stack trace, wherever the document stops being plain. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    /** A role as the index knows it: its titles and codes in a profile without facts, and its kinds. */
    record RoleOutline(RoleProfile titles, Set<FactKind<?>> kinds) {
        RoleEntry entry() {
            return RoleEntry.forRole(titles.id(), titles.title(), titles.codes(), kinds);
        }
    }

    private final ProviderHeader header;
    private final List<Source> sources;
    private final List<WorkFactor> factors;
    private final List<RoleOutline> roles;

    private DocumentOutline(ProviderHeader header, List<Source> sources, List<WorkFactor> factors,
                            List<RoleOutline> roles) {
        this.header = header;
        this.sources = List.copyOf(sources);
        this.factors = List.copyOf(factors);
        this.roles = List.copyOf(roles);
    }

    ProviderHeader header() {
        return header;
    }

    List<Source> sources() {
        return sources;
    }

    List<WorkFactor> factors() {
        return factors;
    }

    List<RoleOutline> roles() {
        return roles;
    }

    /** The outline of a whole document, or {@code null} when it is not plain. */
    static DocumentOutline read(DocumentLocation location, byte[] content) {
        JsonFactory factory = factoryFor(location);
        if (factory == null) {
            return null;
        }
        try (JsonParser p = factory.createParser(content)) {
            return document(p);
        } catch (JsonProcessingException | NotPlain e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory does not fail
        }
    }

    /**
     * Only the {@code provider} part, read from the start of the stream and no further, or {@code null}
     * when it is not plain or not there.
     */
    static ProviderHeader header(DocumentLocation location) {
        JsonFactory factory = factoryFor(location);
        if (factory == null) {
            return null;
        }
        try (InputStream in = location.open(); JsonParser p = factory.createParser(in)) {
            return atProviderPart(p) ? header(p) : null;
        } catch (JsonProcessingException | NotPlain e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves a parser at the start of a document to the value of its {@code provider} part, skipping
     * what comes before; whether there is one (not when the document is not an object).
     */
    static boolean atProviderPart(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("provider")) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    /**
     * Where a value of the role at {@code position} is written: {@code acme.json:14:9
     * $.roles[0].factors[1].value.factor} for {@code factors[1].value.factor}; {@code null} when the
     * document has no such value.
     */
    static String locate(DocumentLocation location, int position, String path) {
        JsonFactory factory = factoryFor(location);
        if (factory == null) {
            return null;
        }
        List<Object> steps = new ArrayList<>(List.of("roles", position));
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                steps.add(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        try (InputStream in = location.open(); JsonParser p = factory.createParser(in)) {
            p.nextToken();
            for (Object step : steps) {
                if (!(step instanceof String name ? toField(p, name) : toElement(p, (Integer) step))) {
                    return null;
                }
            }
            return JsonProblems.where(location.fileName(), p.currentTokenLocation(), "$.roles[" + position + "]." + path);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** Moves from the start of an object to the value of its field {@code name}; whether there is one. */
    private static boolean toField(JsonParser p, String name) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            return false;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals(name)) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    /** Moves from the start of a list to its element {@code index}; whether there is one. */
    private static boolean toElement(JsonParser p, int index) throws IOException {
        if (!p.isExpectedStartArrayToken()) {
            return false;
        }
        for (int i = 0; ; i++) {
            JsonToken t = p.nextToken();
            if (t == null || t == JsonToken.END_ARRAY) {
                return false;
            }
            if (i == index) {
                return true;
            }
            p.skipChildren();
        }
    }

    private static JsonFactory factoryFor(DocumentLocation location) {
        try {
            return CareerfitJson.parserFactory(CareerfitJson.formatOf(location.fileName()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static DocumentOutline document(JsonParser p) throws IOException {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        String format = null;
        ProviderHeader header = null;
        List<Source> sources = List.of();
        List<WorkFactor> factors = List.of();
        List<RoleOutline> roles = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "format" -> format = text(p);
                case "provider" -> header = header(p);
                case "sources" -> sources = list(p, DocumentOutline::source);
                case "factors" -> factors = list(p, DocumentOutline::factor);
                case "roles" -> roles = list(p, DocumentOutline::role);
                default -> throw NotPlain.INSTANCE;
            }
        }
        expect(p.nextToken() == null && DocumentReader.FORMAT.equals(format) && header != null);
        expect(distinct(sources.stream().map(Source::id).toList())
                && distinct(factors.stream().map(WorkFactor::id).toList())
                && distinct(roles.stream().map(r -> r.titles().id()).toList()));
        return new DocumentOutline(header, sources, factors, roles);
    }

    private static ProviderHeader header(JsonParser p) throws IOException {
        Map<String, Object> f = fields(p, HEADER_FIELDS);
        return build(() -> new ProviderHeader((String) f.get("id"), (String) f.get("name"),
                (String) f.get("description"), (Integer) f.get("priority")));
    }

    private static Source source(JsonParser p) throws IOException {
        Map<String, Object> f = fields(p, SOURCE_FIELDS);
        return build(() -> new Source(SourceId.of((String) f.get("id")), (String) f.get("publisher"),
                (String) f.get("title"), SourceKind.valueOf((String) f.get("kind")),
                f.get("link") == null ? null : new URI((String) f.get("link")), (String) f.get("licence"),
                (String) f.get("release"), (String) f.get("attribution")));
    }

    private static WorkFactor factor(JsonParser p) throws IOException {
        Map<String, Object> f = fields(p, FACTOR_FIELDS);
        return build(() -> new WorkFactor(FactorId.of((String) f.get("id")), (String) f.get("name"),
                (String) f.get("description")));
    }

    private static OccupationCode code(JsonParser p) throws IOException {
        Map<String, Object> f = fields(p, CODE_FIELDS);
        return build(() -> new OccupationCode((String) f.get("scheme"), (String) f.get("code")));
    }

    /** A role's id, titles and codes, and the kinds whose lists have an entry; the facts are skipped. */
    private static RoleOutline role(JsonParser p) throws IOException {
        expect(p.isExpectedStartObjectToken());
        String id = null;
        String title = null;
        List<String> alternateTitles = List.of();
        List<OccupationCode> codes = List.of();
        Set<FactKind<?>> kinds = new LinkedHashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "id" -> id = text(p);
                case "title" -> title = text(p);
                case "summary" -> text(p);
                case "alternateTitles" -> alternateTitles = list(p, DocumentOutline::text);
                case "codes" -> codes = list(p, DocumentOutline::code);
                case "relatedRoles" -> skipList(p);
                default -> {
                    FactKind<?> kind = KINDS_BY_FIELD.get(name);
                    expect(kind != null);
                    if (skipList(p)) {
                        kinds.add(kind);
                    }
                }
            }
        }
        String roleId = id;
        String roleTitle = title;
        List<String> others = alternateTitles;
        List<OccupationCode> roleCodes = codes;
        RoleProfile titles = build(() -> {
            RoleProfile.Builder b = RoleProfile.builder(RoleId.of(roleId)).title(roleTitle);
            others.forEach(b::alternateTitle);
            roleCodes.forEach(b::code);
            return b.build();
        });
        return new RoleOutline(titles, Set.copyOf(kinds));
    }

    /** Reads an object of text and whole-number fields, each one of {@code known}. */
    private static Map<String, Object> fields(JsonParser p, Set<String> known) throws IOException {
        expect(p.isExpectedStartObjectToken());
        Map<String, Object> values = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            expect(known.contains(name));
            JsonToken t = p.nextToken();
            values.put(name, t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                    ? Integer.valueOf(p.getIntValue()) : text(p));
        }
        return values;
    }

    /** A text value, or {@code null} for a JSON {@code null}. */
    private static String text(JsonParser p) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        expect(p.hasToken(JsonToken.VALUE_STRING));
        return p.getText();
    }

    private static <T> List<T> list(JsonParser p, Element<T> element) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return List.of();
        }
        expect(p.isExpectedStartArrayToken());
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            T value = element.read(p);
            expect(value != null);
            values.add(value);
        }
        return values;
    }

    /** Skips a list; whether it has an entry. */
    private static boolean skipList(JsonParser p) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return false;
        }
        expect(p.isExpectedStartArrayToken());
        boolean any = false;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            any = true;
            p.skipChildren();
        }
        return any;
    }

    private static boolean distinct(List<?> ids) {
        return new HashSet<>(ids).size() == ids.size();
    }

    private static void expect(boolean plain) {
        if (!plain) {
            throw NotPlain.INSTANCE;
        }
    }

    /** Makes a value through its checks; a value they refuse is not plain. */
    private static <T> T build(Construction<T> construction) {
        try {
            return construction.make();
        } catch (Exception e) {
            throw NotPlain.INSTANCE;
        }
    }

    @FunctionalInterface
    private interface Construction<T> {
        T make() throws Exception;
    }

    @FunctionalInterface
    private interface Element<T> {
        T read(JsonParser p) throws IOException;
    }
}
