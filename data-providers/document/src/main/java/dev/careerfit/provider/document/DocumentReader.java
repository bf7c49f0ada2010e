package dev.careerfit.provider.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.json.CareerfitJson;
import dev.careerfit.json.JsonPaths;
import dev.careerfit.json.JsonProblems;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.RoleProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code careerfit-provider/1} document, collecting every problem rather than stopping at
 * the first: the provider, each source, each factor and each role are bound on their own, straight
 * from the parser so that every problem keeps its line and column, and a value that fails is skipped
 * so the next one is still read. A second pass reads the roles once every declared source is known,
 * wherever {@code sources} stands in the document.
 *
 * <p>Only broken syntax stops the reading, since nothing after it can be trusted.
 */
final class DocumentReader {
    static final String FORMAT = "careerfit-provider/1";
    private static final List<String> FIELDS = List.of("factors", "format", "provider", "roles", "sources");

    private static final ObjectMapper JSON = documentMapper(CareerfitJson.objectMapper());

    /** Built on first use: most documents are JSON, and a YAML mapper costs start-up time. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = documentMapper(CareerfitJson.yamlMapper());
    }

    private final String subject;
    private final String fileName;
    private final ObjectMapper mapper;
    private final List<Problem> problems = new ArrayList<>();
    /** Every problem a role's reading found, when it found any ({@link JsonProblems#EVERY_PROBLEM}). */
    private final List<JsonMappingException> roleFindings = new ArrayList<>();

    private String format;
    private ProviderHeader header;
    private final List<Source> sources = new ArrayList<>();
    private final List<WorkFactor> factors = new ArrayList<>();
    private final List<RoleProfile> roles = new ArrayList<>();
    private final Map<String, String> firstDeclared = new LinkedHashMap<>();
    private final Map<Integer, List<Problem>> roleProblems = new LinkedHashMap<>();
    private int rolesSeen;
    private int problemsBeforeRole;
    private int unreadableSources;
    private boolean hasProvider;
    private boolean hasRoles;

    private DocumentReader(String subject, String fileName, ObjectMapper mapper) {
        this.subject = subject;
        this.fileName = fileName;
        this.mapper = mapper;
    }

    /**
     * What a document holds, as far as it could be read: the header when its part read, the document
     * when nothing is wrong, otherwise the failure, and in any case the roles that bound and the
     * problems found in each role, by its position in the document's list.
     */
    record Result(ProviderHeader header, ProviderDocument document, InvalidDataException failure,
                  List<RoleProfile> boundRoles, Map<Integer, List<Problem>> roleProblems) {
        Result(ProviderHeader header, ProviderDocument document, InvalidDataException failure) {
            this(header, document, failure, document == null ? List.of() : document.roles(), Map.of());
        }
    }

    /**
     * Reads {@code content}. The header is set when the {@code provider} part could be read, even if
     * other parts could not; the document only when there is no problem at all.
     */
    static Result read(DocumentLocation location, byte[] content) {
        DocumentReader reader;
        try {
            reader = forDocument(location);
        } catch (InvalidDataException e) {
            return new Result(null, null, e);
        }
        reader.readAll(content);
        return reader.result();
    }

    /**
     * A reader for the document's format, told by its file name.
     *
     * @throws InvalidDataException naming the document when its name says neither JSON nor YAML
     */
    private static DocumentReader forDocument(DocumentLocation location) {
        String subject = "provider document " + location.description();
        try {
            CareerfitJson.Format format = CareerfitJson.formatOf(location.fileName());
            return new DocumentReader(subject, location.fileName(),
                    format == CareerfitJson.Format.JSON ? JSON : Yaml.MAPPER);
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(subject, List.of(new Problem(location.fileName(), e.getMessage())));
        }
    }

    /**
     * Only the {@code provider} part, read from the start of the stream and no further: how the catalog
     * learns a provider's id without reading its data, so that an excluded provider costs nothing.
     * The header when it reads; otherwise the problem with it, or {@code null} when the document has
     * no {@code provider} part before its end (the full read then reports it).
     */
    static Result readHeader(DocumentLocation location) {
        DocumentReader reader;
        try {
            reader = forDocument(location);
        } catch (InvalidDataException e) {
            return new Result(null, null, e);
        }
        try (java.io.InputStream in = location.open(); JsonParser p = reader.mapper.createParser(in)) {
            if (!DocumentOutline.atProviderPart(p)) {
                return null;
            }
            ProviderHeader header = reader.bind(p, JsonPaths.field(JsonPaths.ROOT, "provider"),
                    reader.reader(ProviderHeader.class));
            return header != null ? new Result(header, null, null)
                    : new Result(null, null, new InvalidDataException(reader.subject, reader.problems));
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper documentMapper(ObjectMapper base) {
        return base.registerModule(SourceReferences.module());
    }

    private Result result() {
        if (problems.isEmpty()) {
            return new Result(header, new ProviderDocument(header, sources, factors, roles), null);
        }
        return new Result(header, null, new InvalidDataException(subject, problems), List.copyOf(roles),
                Map.copyOf(roleProblems));
    }

    private void readAll(byte[] content) {
        try {
            if (readTopLevel(content) && hasRoles) {
                readRoles(content);
            }
        } catch (JsonProcessingException e) {
            // Broken syntax: it is the problem, whatever the role it broke in had found before.
            roleFindings.clear();
            problems.add(JsonProblems.of(fileName, e));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory does not fail
        }
    }

    /** First pass: everything but the roles. Returns whether the document is an object. */
    private boolean readTopLevel(byte[] content) throws IOException {
        try (JsonParser p = mapper.createParser(content)) {
            JsonToken token = p.nextToken();
            if (token != JsonToken.START_OBJECT) {
                problem(p.currentTokenLocation(), JsonPaths.ROOT, "a provider document must be an object with "
                        + "format, provider, sources, factors and roles; found " + JsonProblems.describe(token));
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                String path = JsonPaths.field(JsonPaths.ROOT, name);
                p.nextToken();
                switch (name) {
                    case "format" -> readFormat(p, path);
                    case "provider" -> {
                        hasProvider = true;
                        header = bind(p, path, reader(ProviderHeader.class));
                    }
                    case "sources" -> readList(p, path, reader(Source.class), this::addSource);
                    case "factors" -> readList(p, path, reader(WorkFactor.class), this::addFactor);
                    case "roles" -> {
                        hasRoles = true;
                        p.skipChildren();
                    }
                    default -> {
                        problem(at, path, JsonProblems.unknownField(name, FIELDS));
                        p.skipChildren();
                    }
                }
            }
            if (p.nextToken() != null) {
                problem(p.currentTokenLocation(), JsonPaths.ROOT, "unexpected " + JsonProblems.describe(p.currentToken())
                        + " after the end of the document");
            }
        }
        if (format == null) {
            problem(null, JsonPaths.ROOT, "missing field 'format'; a provider document starts with \"format\": \""
                    + FORMAT + "\"");
        }
        if (!hasProvider) {
            problem(null, JsonPaths.ROOT, "missing field 'provider'; give at least the provider's id, e.g. "
                    + "\"provider\": {\"id\": \"bls\"}");
        }
        return true;
    }

    /** Second pass: the roles, with the declared sources at hand. */
    private void readRoles(byte[] content) throws IOException {
        Map<String, Source> declared = new LinkedHashMap<>();
        sources.forEach(s -> declared.putIfAbsent(s.id().value(), s));
        ObjectReader roleReader = reader(RoleProfile.class).withAttribute(SourceReferences.DECLARED,
                new SourceReferences.Declared(declared, unreadableSources))
                .withAttribute(JsonProblems.EVERY_PROBLEM, roleFindings);
        try (JsonParser p = mapper.createParser(content)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("roles")) {
                    problemsBeforeRole = problems.size();
                    readList(p, JsonPaths.field(JsonPaths.ROOT, name), roleReader, this::addRole);
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    private void readFormat(JsonParser p, String path) throws IOException {
        format = p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : JsonProblems.describe(p.currentToken());
        if (!FORMAT.equals(format)) {
            problem(p.currentTokenLocation(), path, "format '" + format + "' is not supported; expected \""
                    + FORMAT + "\"");
        }
        p.skipChildren();
    }

    /** A reader for one value in the middle of a document, which is followed by more content. */
    private ObjectReader reader(Class<?> type) {
        return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Reads a list value element by element, handing each element that binds to {@code sink}. */
    private <T> void readList(JsonParser p, String path, ObjectReader reader, Sink<T> sink) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        if (!p.isExpectedStartArrayToken()) {
            problem(p.currentTokenLocation(), path, "expected a list, found " + JsonProblems.describe(p.currentToken()));
            p.skipChildren();
            return;
        }
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            String elementPath = JsonPaths.index(path, i);
            JsonLocation at = p.currentTokenLocation();
            T value = bind(p, elementPath, reader);
            sink.accept(value, elementPath, at);
        }
    }

    /**
     * Binds the value at the parser's token. On a binding problem, records it, skips the rest of the
     * value and returns {@code null}; broken syntax is thrown, since reading cannot go on.
     */
    private <T> T bind(JsonParser p, String path, ObjectReader reader) throws IOException {
        JsonStreamContext enclosing = p.currentToken().isStructStart() ? p.getParsingContext().getParent()
                : p.getParsingContext();
        try {
            return reader.readValue(p);
        } catch (DatabindException | InputCoercionException e) {
            if (e.getCause() instanceof JsonProcessingException syntax && !(syntax instanceof DatabindException)
                    && !(syntax instanceof InputCoercionException)) {
                // Broken syntax inside the value: nothing after it can be read.
                throw (JsonProcessingException) e;
            }
            if (roleFindings.isEmpty()) {
                problems.add(JsonProblems.of(fileName, path, e));
            } else {
                roleFindings.forEach(f -> problems.add(JsonProblems.of(fileName, path, f)));
                roleFindings.clear();
            }
            while (p.getParsingContext() != enclosing && p.nextToken() != null) {
                // Skip what is left of the value that failed.
            }
            return null;
        }
    }

    private void addSource(Source source, String path, JsonLocation at) {
        if (source == null) {
            unreadableSources++;
        } else if (isFirst("source", source.id(), path, at)) {
            sources.add(source);
        }
    }

    private void addFactor(WorkFactor factor, String path, JsonLocation at) {
        if (factor != null && isFirst("factor", factor.id(), path, at)) {
            factors.add(factor);
        }
    }

    private void addRole(RoleProfile role, String path, JsonLocation at) {
        if (role != null && isFirst("role", role.id(), path, at)) {
            roles.add(role);
        }
        if (problems.size() > problemsBeforeRole) {
            roleProblems.put(rolesSeen, List.copyOf(problems.subList(problemsBeforeRole, problems.size())));
        }
        rolesSeen++;
        problemsBeforeRole = problems.size();
    }

    /** Whether no {@code kind} with this id came before; a repeated id is a problem naming the first. */
    private boolean isFirst(String kind, Object id, String path, JsonLocation at) {
        String first = firstDeclared.putIfAbsent(kind + " " + id, path);
        if (first != null) {
            problem(at, JsonPaths.field(path, "id"), "duplicate " + kind + " id '" + id + "'; " + first
                    + " has it already");
        }
        return first == null;
    }

    private void problem(JsonLocation location, String path, String message) {
        problems.add(new Problem(JsonProblems.where(fileName, location, path), message));
    }

    /** Receives each element of a list: the bound value, or {@code null} when it did not bind. */
    @FunctionalInterface
    private interface Sink<T> {
        void accept(T value, String path, JsonLocation at);
    }
}
