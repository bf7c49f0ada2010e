package dev.careerfit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import dev.careerfit.Api;
import dev.careerfit.Problem;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns Jackson's exceptions into {@link Problem}s people can act on: the place is
 * {@code file:line:column} and a JSON path ({@code bls.json:14:9 $.roles[0].salaries[1].value}), the
 * message is one plain line, such as the domain record's own complaint ("salary range low 150000 is
 * above high 110000") or {@code unknown field 'meen'; known fields: ...}. No stack traces and no Jackson
 * class names reach the user.
 *
 * <p>Custom deserializers report bad input with {@link #inputError(JsonParser, String)} so that their
 * message comes out unchanged.
 *
 * @since 0.1
 */
@Api(Api.Status.INTERNAL)
public final class JsonProblems {
    /** The most characters of a parser's message repeated in one: the rest is counted, not shown. */
    static final int LONGEST_LINE = 300;

    /**
     * Jackson's advice on which feature to flip or which limit applies ({@code , from
     * `StreamReadConstraints.getMaxNestingDepth()`}), which is for developers, not for document authors.
     */
    private static final Pattern FEATURE_ADVICE = Pattern.compile("\\s*\\((?:set|enable|disable) [^)]*\\)|"
            + "\\s*\\((?:through reference chain|for Object starting at)[^)]*\\)|, from `StreamReadConstraints[^`]*`");
    /** Jackson's location of a start marker, "[Source: REDACTED ...; line: 1, column: 68]": keep line and column. */
    private static final Pattern SOURCE_LOCATION = Pattern.compile(
            "\\[Source: [^;\\]]*(?:\\([^)]*\\))?[^;\\]]*; line: (\\d+), column: (\\d+)]");

    /**
     * A reader attribute ({@code ObjectReader.withAttribute(EVERY_PROBLEM, list)}) whose value, a
     * {@code List<JsonMappingException>}, collects every problem of a role profile being read: each
     * field or fact that fails is added, with its path and location, and the reading goes on, so one pass
     * finds them all. The profile then fails with the first of them; the list has the rest.
     */
    public static final String EVERY_PROBLEM = "careerfit.everyProblem";

    private JsonProblems() {}

    /** The list of {@link #EVERY_PROBLEM} of the reading under way, or {@code null} when there is none. */
    @SuppressWarnings("unchecked")
    static List<JsonMappingException> everyProblem(com.fasterxml.jackson.databind.DeserializationContext ctxt) {
        return (List<JsonMappingException>) ctxt.getAttribute(EVERY_PROBLEM);
    }

    /** The problem {@code e} describes in {@code fileName}, with its path from the document's root. */
    public static Problem of(String fileName, JsonProcessingException e) {
        return of(fileName, JsonPaths.ROOT, e);
    }

    /**
     * The problem {@code e} describes in {@code fileName}, for a value that was read at {@code basePath}
     * (e.g. {@code $.roles[3]} when each role is read on its own).
     */
    public static Problem of(String fileName, String basePath, JsonProcessingException e) {
        Objects.requireNonNull(e, "e");
        return new Problem(where(fileName, e.getLocation(), path(basePath, e)), message(e));
    }

    /** {@code file:line:column path}, leaving out what is unknown. */
    public static String where(String fileName, JsonLocation location, String path) {
        StringBuilder sb = new StringBuilder();
        if (fileName != null) {
            sb.append(fileName);
        }
        if (location != null && location.getLineNr() > 0) {
            sb.append(sb.length() == 0 ? "" : ":").append(location.getLineNr());
            if (location.getColumnNr() > 0) {
                sb.append(':').append(location.getColumnNr());
            }
        }
        if (path != null) {
            // Deep nesting makes a long path: its end, the value the problem is about, is the part to keep.
            sb.append(sb.length() == 0 ? "" : " ").append(path.length() <= LONGEST_LINE ? path
                    : JsonPaths.ROOT + "..." + path.substring(path.length() - LONGEST_LINE));
        }
        return sb.length() == 0 ? JsonPaths.ROOT : sb.toString();
    }

    /** The JSON path of the value {@code e} is about, below {@code basePath}. */
    public static String path(String basePath, JsonProcessingException e) {
        return e instanceof JsonMappingException jme ? JsonPaths.of(basePath, jme.getPath()) : basePath;
    }

    /** One plain line saying what is wrong; broken syntax says so ({@code syntax error: ...}). */
    public static String message(JsonProcessingException e) {
        if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException) {
            JsonProcessingException syntax = e instanceof JsonParseException ? e : (JsonParseException) e.getCause();
            String message = oneLine(syntax.getOriginalMessage());
            // A repeated key is reported by the parser, but the text around it is sound.
            return message.startsWith("Duplicate field") ? message : "syntax error: " + message;
        }
        if (e instanceof PlainInputException) {
            return oneLine(e.getOriginalMessage());
        }
        if (e instanceof PropertyBindingException pbe) {
            return unknownField(pbe.getPropertyName(), pbe.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            return "'" + Problem.quote(ife.getValue()) + "' is not " + expected(ife.getTargetType());
        }
        Throwable cause = domainCause(e);
        if (cause != null) {
            return causeMessage(cause);
        }
        if (e instanceof InvalidFormatException ife) {
            return "'" + Problem.quote(ife.getValue()) + "' is not " + expected(ife.getTargetType());
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            return mismatch(mie);
        }
        return oneLine(e.getOriginalMessage());
    }

    /** {@code unknown field 'meen'; known fields: high, low, mean, median}. */
    public static String unknownField(String name, Collection<?> knownFields) {
        String known = knownFields == null ? "" : knownFields.stream().map(String::valueOf).sorted()
                .collect(Collectors.joining(", "));
        return "unknown field '" + Problem.quote(name) + "'" + (known.isEmpty() ? "" : "; known fields: " + known);
    }

    /**
     * An exception for a custom deserializer to throw: {@link #message} reports {@code message} as it
     * stands, at the parser's current position, and Jackson adds the path on the way out.
     */
    public static JsonMappingException inputError(JsonParser parser, String message) {
        return new PlainInputException(parser, Objects.requireNonNull(message, "message"));
    }

    /** What a token is, in words: {@code text}, {@code a number}, {@code a list}... */
    public static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            case END_OBJECT -> "the end of an object";
            case END_ARRAY -> "the end of a list";
            case FIELD_NAME -> "a field";
            default -> "a value";
        };
    }

    private static String mismatch(MismatchedInputException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String expected = expected(e.getTargetType());
        if (message.startsWith("Cannot map `null`")) {
            return "missing or null; expected " + expected;
        }
        JsonToken found = e.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
        if (message.startsWith("Trailing token")) {
            return "unexpected " + describe(found) + " after the end of the document";
        }
        return found == null ? "expected " + expected : "expected " + expected + ", found " + describe(found);
    }

    /** What a value of {@code type} looks like in a document. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "a value";
    }

    /**
     * The exception a record's constructor or a factory threw, if that is what {@code e} wraps: the
     * outermost cause that is not Jackson's own, since it says most about the value (an
     * IllegalArgumentException explaining a NumberFormatException, say).
     */
    private static Throwable domainCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!(t instanceof JsonProcessingException)) {
                return t;
            }
        }
        return null;
    }

    private static String causeMessage(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause instanceof NullPointerException ? "a required value is missing" : "invalid value";
        }
        // Objects.requireNonNull(x, "field") says only the field's name.
        if (cause instanceof NullPointerException && !message.strip().contains(" ")) {
            return message.strip() + " must not be null";
        }
        return oneLine(message);
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "invalid input";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        if (newline >= 0) {
            line = line.substring(0, newline).strip();
        }
        // Each pattern only where its text can be: most messages have none, and a bad document's message is made
        // for every bad document (the fuzz targets spent four fifths of their time here before these checks).
        if (line.indexOf('`') >= 0) {
            line = simpleTypeNames(line);
        }
        if (line.contains("[Source: ")) {
            line = SOURCE_LOCATION.matcher(line).replaceAll("line $1, column $2");
        }
        // A parser's message may repeat a token of the input whole (SnakeYAML prints an alias of any length).
        return Problem.quote(hasAdvice(line) ? FEATURE_ADVICE.matcher(line).replaceAll("") : line, LONGEST_LINE);
    }

    /**
     * {@code line} with each backquoted Java type name ({@code `java.lang.Integer`}: two or more names joined by dots)
     * given by its simple name ({@code Integer}): the package says nothing to a document's author. By hand, as the
     * pattern {@code `(?:[a-zA-Z_$][\w$]*\.)+([\w$]+)`} would, since this runs for every bad document.
     */
    static String simpleTypeNames(String line) {
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        for (int open = line.indexOf('`', from); open >= 0; open = line.indexOf('`', from)) {
            int close = line.indexOf('`', open + 1);
            if (close < 0) {
                break;
            }
            int lastDot = qualifiedName(line, open + 1, close);
            if (lastDot < 0) {
                from = open + 1;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(line.length());
            }
            out.append(line, copied, open).append(line, lastDot + 1, close);
            copied = close + 1;
            from = close + 1;
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    /**
     * Where the last dot of {@code line[start, end)} is when that text is a qualified Java name (names of letters,
     * digits, {@code _} and {@code $} joined by dots, each but the last starting with no digit), else -1.
     */
    private static int qualifiedName(String line, int start, int end) {
        int lastDot = -1;
        boolean partStart = true;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c == '.') {
                if (partStart) {
                    return -1;
                }
                lastDot = i;
                partStart = true;
            } else if (partStart && (isAsciiLetter(c) || c == '_' || c == '$')) {
                partStart = false;
            } else if (!partStart && (isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '$')) {
                continue;
            } else if (partStart && c >= '0' && c <= '9' && lastDot >= 0 && onlyWordCharsAfter(line, i, end)) {
                // The last name may start with a digit.
                return lastDot;
            } else {
                return -1;
            }
        }
        return lastDot >= 0 && !partStart ? lastDot : -1;
    }

    private static boolean onlyWordCharsAfter(String line, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '$')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether {@code line} may hold what {@link #FEATURE_ADVICE} removes. */
    private static boolean hasAdvice(String line) {
        for (String start : ADVICE_STARTS) {
            if (line.contains(start)) {
                return true;
            }
        }
        return false;
    }

    /** The texts every match of {@link #FEATURE_ADVICE} contains. */
    private static final String[] ADVICE_STARTS = {"(set ", "(enable ", "(disable ", "(through reference chain",
            "(for Object starting at", ", from `StreamReadConstraints"};
}
