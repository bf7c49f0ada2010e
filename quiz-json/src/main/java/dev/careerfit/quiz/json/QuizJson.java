package dev.careerfit.quiz.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careerfit.Api;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.json.AtomicFiles;
import dev.careerfit.json.CareerfitJson;
import dev.careerfit.json.JsonProblems;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.internal.AnswerCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes the quiz engine's documents: answers ({@value Answers#FORMAT}, JSON or YAML), fit
 * reports ({@value dev.careerfit.quiz.report.FitReport#FORMAT}), rankings
 * ({@value dev.careerfit.quiz.report.Ranking#FORMAT}) and quiz sessions ({@code careerfit-session/1}). The shapes
 * are documented in docs/formats.md.
 *
 * <pre>{@code
 * Answers answers = QuizJson.readAnswers(Path.of("me.yaml"), scorer);   // checked against the bank
 * String json = QuizJson.toJson(scorer.report(scorer.person(answers), RoleId.of("ml-engineer")));
 * FitReport back = QuizJson.read(json, "report.json", FitReport.class);
 * }</pre>
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class QuizJson {
    /**
     * The largest answers or session file read: {@value} bytes (2 MiB). A whole quiz's answers take about
     * 10 KB; a larger file is refused before it is read, so that no file can exhaust the memory.
     */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    /**
     * Limits on what one document may hold, far above anything careerfit writes: nesting, the length of
     * a string, a number and a field name.
     */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(32)
            .maxStringLength(100_000).maxNumberLength(100).maxNameLength(1_000).build();

    /**
     * Built on first use: an answers file of the plain shape is read without a mapper (OnePassAnswers), and making
     * one costs a command such as {@code careerfit score --answers F} 100 ms or more of its start.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = limited(CareerfitJson.objectMapper().registerModule(new QuizJacksonModule()));
    }

    /** Built on first use: a YAML mapper costs start-up time that JSON-only runs need not pay. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = limited(CareerfitJson.yamlMapper().registerModule(new QuizJacksonModule()));
    }

    private QuizJson() {}

    /** A new JSON mapper that knows careerfit's domain and the quiz engine's shapes. */
    public static ObjectMapper objectMapper() {
        return CareerfitJson.objectMapper().registerModule(new QuizJacksonModule());
    }

    /**
     * Reads an answers file (JSON or YAML, by extension) and checks it against the scorer's bank and
     * catalog.
     *
     * @throws InvalidDataException listing every problem in the file, each with its JSON path and question;
     *                              or naming the file when it is over {@value #MAX_FILE_BYTES} bytes or
     *                              not UTF-8 text
     * @throws IOException          when the file cannot be read, or is a folder
     */
    public static Answers readAnswers(Path file, FitScorer scorer) throws IOException {
        return readAnswers(text(file), file.toString(), scorer);
    }

    /**
     * Reads answers from {@code content}, a file named {@code fileName}, and checks them against the scorer.
     * More answers than the bank has questions is one problem, without going through them.
     */
    public static Answers readAnswers(String content, String fileName, FitScorer scorer) {
        Objects.requireNonNull(scorer, "scorer");
        if (!yaml(fileName)) {
            // The plain shape in one pass, without a mapper; anything else, or any problem, is read below.
            OnePassAnswers.Read plain = new OnePassAnswers(scorer.bank()).read(content, false);
            if (plain != null && AnswerCheck.problems(fileName + " ", plain.answers(), scorer.bank(), scorer.catalog(),
                    List.of()).isEmpty()) {
                return plain.answers();
            }
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode root = tree(content, fileName);
        JsonNode list = root == null ? null : root.get("answers");
        int questions = scorer.bank().questions().size();
        if (list != null && list.isArray() && list.size() > questions) {
            throw new InvalidDataException(fileName, List.of(new Problem(fileName + " $.answers", "has " + list.size()
                    + " answers but the question bank has " + questions + " questions; a question may be answered once")));
        }
        AnswersReader.Read read = AnswersReader.read(root, fileName + " ", problems);
        problems.addAll(AnswerCheck.problems(fileName + " ", read.answers(), read.positions(), scorer.bank(),
                scorer.catalog(), List.of()));
        if (!problems.isEmpty()) {
            throw new InvalidDataException(fileName, problems);
        }
        return read.answers();
    }

    /** Reads answers without checking them against a bank: only their shape. */
    public static Answers readAnswers(String content, String fileName) {
        List<Problem> problems = new ArrayList<>();
        AnswersReader.Read read = AnswersReader.read(tree(content, fileName), fileName + " ", problems);
        if (!problems.isEmpty()) {
            throw new InvalidDataException(fileName, problems);
        }
        return read.answers();
    }

    /** {@code value} (a report, comparison, answers or session state) as indented JSON. */
    public static String toJson(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@code value} as YAML. */
    public static String toYaml(Object value) {
        try {
            return Yaml.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as YAML", e);
        }
    }

    /**
     * Reads a document of {@code type} from {@code content}, JSON or YAML by {@code fileName}'s extension.
     *
     * @throws InvalidDataException naming the file, line and JSON path of the problem
     */
    public static <T> T read(String content, String fileName, Class<T> type) {
        try {
            return mapper(fileName).readValue(content, type);
        } catch (JsonProcessingException e) {
            throw new InvalidDataException(fileName, List.of(JsonProblems.of(fileName, e)));
        }
    }

    /**
     * Reads a document of {@code type} from {@code file}, JSON or YAML by its extension; as
     * {@link #read(String, String, Class)}.
     *
     * @throws InvalidDataException naming the file, line and JSON path of the problem; or the file when it
     *                              is over {@value #MAX_FILE_BYTES} bytes or not UTF-8 text
     * @throws IOException          when the file cannot be read, or is a folder
     */
    public static <T> T read(Path file, Class<T> type) throws IOException {
        return read(text(file), file.toString(), type);
    }

    /**
     * The text of {@code file}: refused, naming the file, when it is a folder, over {@value #MAX_FILE_BYTES}
     * bytes (checked before reading, and again while reading what is not a regular file) or not UTF-8
     * text. A UTF-8 byte order mark is dropped.
     */
    private static String text(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "is a folder, not a file");
        }
        if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
            throw tooLarge(file, "is " + megabytes(Files.size(file)));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(file, "is over " + megabytes(MAX_FILE_BYTES));
        }
        return text(bytes, file.toString());
    }

    /**
     * {@code bytes} as UTF-8 text, a byte order mark dropped, for a document that arrives as bytes (an upload) rather
     * than as a file; {@code name} names it in the problem when it is not UTF-8 text (a zero byte counts as binary).
     */
    public static String text(byte[] bytes, String name) {
        try {
            for (byte b : bytes) {
                if (b == 0) {
                    throw new CharacterCodingException();
                }
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidDataException(name, List.of(new Problem(name, "is not UTF-8 text "
                    + "(a binary file, or text saved as UTF-16?); careerfit reads JSON and YAML in UTF-8")));
        }
    }

    private static InvalidDataException tooLarge(Path file, String size) {
        return new InvalidDataException(file.toString(), List.of(new Problem(file.toString(), size + "; careerfit "
                + "reads answers and session files of at most " + megabytes(MAX_FILE_BYTES))));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static ObjectMapper limited(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(LIMITS);
        return mapper;
    }

    /** Writes {@code value} to {@code file} as JSON or YAML by its extension, atomically. */
    public static void write(Path file, Object value) throws IOException {
        AtomicFiles.write(file, mapper(file.getFileName().toString()), value);
    }

    private static ObjectMapper mapper(String fileName) {
        return yaml(fileName) ? Yaml.MAPPER : Json.MAPPER;
    }

    private static boolean yaml(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static JsonNode tree(String content, String fileName) {
        try {
            return mapper(fileName).readTree(content);
        } catch (JsonProcessingException e) {
            throw new InvalidDataException(fileName, List.of(JsonProblems.of(fileName, e)));
        }
    }
}
