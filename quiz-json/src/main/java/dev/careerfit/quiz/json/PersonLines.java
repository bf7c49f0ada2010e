package dev.careerfit.quiz.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.careerfit.Api;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.json.JsonProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads one line of a batch's input (docs/batch.md): a JSON object that is an answers document
 * ({@code careerfit-answers/1}, docs/formats.md) with the person's id beside it in {@code "person"}. The id is
 * taken out of the object, and the rest handed back as text for {@code QuizJson.readAnswers}, which rejects
 * fields it does not know.
 *
 * <p>The line is read once with Jackson's streaming parser, which checks its syntax (a mistake is reported at its
 * column) and finds the id; the id is then cut out of the text, so that only the answers reader builds a tree.
 * That halves the cost of reading a line against building a tree, writing it back and reading it again.
 *
 * @since 0.4
 */
@Api(Api.Status.EXPERIMENTAL)
public final class PersonLines {
    /** The field that holds the person's id. */
    public static final String PERSON = "person";

    private static final JsonFactory JSON = new JsonFactory();

    private PersonLines() {}

    /**
     * A person's id and their answers document.
     *
     * @param person  the id, never blank
     * @param answers the answers document as JSON text, without the id
     */
    @Api(Api.Status.EXPERIMENTAL)
    public record PersonLine(String person, String answers) {}

    /**
     * Reads {@code line}, found at {@code where}: {@code people.jsonl:17}, the file and the line's number.
     *
     * @throws InvalidDataException with one problem, at {@code where}, the column and a JSON path
     *                              ({@code people.jsonl:17:52 $}), when the line is not JSON, not an object, or has no
     *                              person id (text or a whole number)
     */
    public static PersonLine read(String line, String where) {
        String person = null;
        boolean personSeen = false;
        int start = -1;
        int end = -1;
        try (JsonParser p = JSON.createParser(line)) {
            JsonToken root = p.nextToken();
            if (root != JsonToken.START_OBJECT) {
                throw invalid(where + " $", "each line must be one JSON object: an answers document with a \""
                        + PERSON + "\" id");
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                // A field name at the top level, then its value.
                boolean isPerson = !personSeen && PERSON.equals(p.currentName());
                int at = (int) p.currentTokenLocation().getCharOffset();
                JsonToken value = p.nextToken();
                if (isPerson) {
                    personSeen = true;
                    person = value == JsonToken.VALUE_STRING ? p.getText().strip()
                            : value == JsonToken.VALUE_NUMBER_INT ? p.getText() : value == JsonToken.VALUE_NULL ? null : "";
                    start = at;
                    end = (int) p.currentLocation().getCharOffset();
                }
                p.skipChildren();
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw invalid(where + ":" + p.currentTokenLocation().getColumnNr() + " $", "found "
                        + JsonProblems.describe(after) + " after the end of the object; give one object a line");
            }
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw invalid(where + (column > 0 ? ":" + column : "") + " $", JsonProblems.message(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (person == null) {
            throw invalid(where + " $." + PERSON, "is missing; give each line the person's id, e.g. \""
                    + PERSON + "\": \"p-0001\"");
        }
        if (person.isEmpty()) {
            throw invalid(where + " $." + PERSON, "must be text or a whole number, not blank");
        }
        return new PersonLine(person, without(line, start, end));
    }

    /** {@code line} without the field from {@code start} to {@code end}, and the comma that separated it. */
    private static String without(String line, int start, int end) {
        int next = end;
        while (next < line.length() && Character.isWhitespace(line.charAt(next))) {
            next++;
        }
        if (next < line.length() && line.charAt(next) == ',') {
            return line.substring(0, start) + line.substring(next + 1);
        }
        // The last field: the comma is before it, if there is one.
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(line.charAt(before))) {
            before--;
        }
        return before >= 0 && line.charAt(before) == ',' ? line.substring(0, before) + line.substring(end)
                : line.substring(0, start) + line.substring(end);
    }

    private static InvalidDataException invalid(String where, String message) {
        return new InvalidDataException(where.substring(0, where.indexOf(' ')), List.of(new Problem(where, message)));
    }
}
