package dev.careerfit.quiz.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.json.CareerfitJson;
import dev.careerfit.json.JsonProblems;
import java.util.List;

/**
 * Reads one line of a batch's input (docs/batch.md): a JSON object that is an answers document
 * ({@code careerfit-answers/1}, docs/formats.md) with the person's id beside it in {@code "person"}. The id is
 * taken out of the object, and the rest handed back as text for {@code QuizJson.readAnswers}, which rejects
 * fields it does not know.
 *
 * @since 0.4
 */
public final class PersonLines {
    /** The field that holds the person's id. */
    public static final String PERSON = "person";

    private static final ObjectMapper JSON = CareerfitJson.objectMapper();

    private PersonLines() {}

    /**
     * A person's id and their answers document.
     *
     * @param person  the id, never blank
     * @param answers the answers document as JSON text, without the id
     */
    public record PersonLine(String person, String answers) {}

    /**
     * Reads {@code line}, found at {@code where}: {@code people.jsonl:17}, the file and the line's number.
     *
     * @throws InvalidDataException with one problem, at {@code where}, the column and a JSON path
     *                              ({@code people.jsonl:17:52 $}), when the line is not JSON, not an object, or has no
     *                              person id (text or a whole number)
     */
    public static PersonLine read(String line, String where) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw invalid(where + (column > 0 ? ":" + column : "") + " $", JsonProblems.message(e));
        }
        if (root == null || !root.isObject()) {
            throw invalid(where + " $", "each line must be one JSON object: an answers document with a \""
                    + PERSON + "\" id");
        }
        JsonNode id = ((ObjectNode) root).remove(PERSON);
        String person = id == null || id.isNull() ? null
                : id.isTextual() ? id.asText().strip() : id.isIntegralNumber() ? id.asText() : "";
        if (person == null) {
            throw invalid(where + " $." + PERSON, "is missing; give each line the person's id, e.g. \""
                    + PERSON + "\": \"p-0001\"");
        }
        if (person.isEmpty()) {
            throw invalid(where + " $." + PERSON, "must be text or a whole number, not blank");
        }
        return new PersonLine(person, root.toString());
    }

    private static InvalidDataException invalid(String where, String message) {
        return new InvalidDataException(where.substring(0, where.indexOf(' ')), List.of(new Problem(where, message)));
    }
}
