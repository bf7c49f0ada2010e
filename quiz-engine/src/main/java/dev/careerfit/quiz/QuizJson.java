package dev.careerfit.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.json.AtomicFiles;
import dev.careerfit.json.CareerfitJson;
import dev.careerfit.json.JsonProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the quiz engine's documents: answers ({@value Answers#FORMAT}, JSON or YAML), fit
 * reports ({@value dev.careerfit.quiz.report.FitReport#FORMAT}), comparisons and quiz sessions
 * ({@code careerfit-session/1}). The shapes are documented in docs/formats.md.
 *
 * <pre>{@code
 * Answers answers = QuizJson.readAnswers(Path.of("me.yaml"), scorer);   // checked against the bank
 * String json = QuizJson.toJson(scorer.score(answers, "ml-engineer"));
 * FitReport back = QuizJson.read(json, "report.json", FitReport.class);
 * }</pre>
 *
 * @since 0.1
 */
public final class QuizJson {
    private static final ObjectMapper JSON = CareerfitJson.objectMapper().registerModule(new QuizJacksonModule());

    /** Built on first use: a YAML mapper costs start-up time that JSON-only runs need not pay. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = CareerfitJson.yamlMapper().registerModule(new QuizJacksonModule());
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
     * @throws InvalidDataException listing every problem in the file, each with its JSON path and question
     * @throws IOException          when the file cannot be read
     */
    public static Answers readAnswers(Path file, FitScorer scorer) throws IOException {
        return readAnswers(Files.readString(file, StandardCharsets.UTF_8), file.toString(), scorer);
    }

    /** Reads answers from {@code content}, a file named {@code fileName}, and checks them against the scorer. */
    public static Answers readAnswers(String content, String fileName, FitScorer scorer) {
        Objects.requireNonNull(scorer, "scorer");
        List<Problem> problems = new ArrayList<>();
        AnswersReader.Read read = AnswersReader.read(tree(content, fileName), fileName + " ", problems);
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
            return JSON.writeValueAsString(value);
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

    /** Writes {@code value} to {@code file} as JSON or YAML by its extension, atomically. */
    public static void write(Path file, Object value) throws IOException {
        AtomicFiles.write(file, mapper(file.getFileName().toString()), value);
    }

    private static ObjectMapper mapper(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? Yaml.MAPPER : JSON;
    }

    private static JsonNode tree(String content, String fileName) {
        try {
            return mapper(fileName).readTree(content);
        } catch (JsonProcessingException e) {
            throw new InvalidDataException(fileName, List.of(JsonProblems.of(fileName, e)));
        }
    }
}
