package dev.careerfit.quiz.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.careerfit.Api;
import dev.careerfit.quiz.Answer;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.role.RoleId;
import java.io.IOException;
import java.util.List;

/**
 * Reads an answers document, or a batch line (the document with the person's id in {@code "person"}), in one pass
 * of Jackson's streaming parser straight into {@link Answers}: no tree, no mapper, no copy of a line without its
 * id, no question id checked by pattern. Question ids are looked up in a table of the bank's, from the parser's
 * own characters, and each answer is one made once per question and value.
 *
 * <p>Only the plain shape is read here: the fields of the document, each once, every answer a {@code question} of
 * this bank and a whole-number, {@code "not-sure"} or {@code "skip"} value, the bank's id and version. Anything
 * else (an Interest Profiler result, an unknown question, a field twice, a syntax error, another bank version)
 * gives {@code null}, and the caller reads the text again with the full readers ({@link PersonLines} and
 * {@link QuizJson}), which say exactly what is wrong: so a document reads the same whichever reader takes it.
 * What is read is not checked against the bank beyond that (duplicates, the role): the scorer does it. Used by
 * {@code QuizJson.readAnswers} and the batch; immutable and safe to share between threads.
 *
 * @since 0.6
 */
@Api(Api.Status.INTERNAL)
public final class OnePassAnswers {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String FORMAT = "format";
    private static final String BANK = "bank";
    private static final String BANK_VERSION = "bankVersion";
    private static final String ROLE = "role";
    private static final String ANSWERS = "answers";
    private static final String QUESTION = "question";
    private static final String VALUE = "value";
    private static final char[] NOT_SURE = "not-sure".toCharArray();
    private static final char[] SKIP = "skip".toCharArray();

    /** Open addressing over the question ids' characters; a power of two at least twice the questions. */
    private final char[][] keys;
    private final Prepared[] values;
    private final int mask;

    /** A question's answers, made once: by value from {@code lowest}, then "not sure" and skipped. */
    private record Prepared(int lowest, Answer[] byValue, Answer notSure, Answer skipped) {
        Answer of(int value) {
            int i = value - lowest;
            return i >= 0 && i < byValue.length ? byValue[i] : null;
        }
    }

    private final QuestionBank bank;

    /**
     * What a plain document holds.
     *
     * @param person  the person's id, or {@code null} for an answers document read without one
     * @param answers the answers, in the order given
     */
    @Api(Api.Status.INTERNAL)
    public record Read(String person, Answers answers) {}

    /** A reader of answers to {@code bank}'s questions. */
    public OnePassAnswers(QuestionBank bank) {
        this.bank = bank;
        List<Question> questions = bank.questions();
        int size = Integer.highestOneBit(Math.max(4, questions.size() * 2)) << 1;
        this.keys = new char[size][];
        this.values = new Prepared[size];
        this.mask = size - 1;
        for (Question q : questions) {
            char[] id = q.id().value().toCharArray();
            int slot = hash(id, 0, id.length) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            int lowest = q.lowestValue();
            Answer[] byValue = new Answer[q.highestValue() - lowest + 1];
            for (int v = lowest; v <= q.highestValue(); v++) {
                // Only the values the question accepts: another is left to the full reader, which names it.
                byValue[v - lowest] = q.accepts(v) ? Answer.of(q.id(), v) : null;
            }
            keys[slot] = id;
            values[slot] = new Prepared(lowest, byValue, Answer.notSure(q.id()), Answer.skipped(q.id()));
        }
    }

    /**
     * The document's answers (and person, when {@code withPerson}: a batch line, which must have one), or
     * {@code null} when it is not of the plain shape (see the class comment).
     */
    public Read read(String json, boolean withPerson) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String person = null;
            String format = null;
            String bankId = null;
            String version = null;
            String role = null;
            // Made for this bank: a line naming another is left to the full reader below.
            Answers.Builder answers = null;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                // Field names are canonical strings: compared by identity with the interned constants.
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (withPerson && name == PersonLines.PERSON && person == null) {
                    person = value == JsonToken.VALUE_STRING ? p.getText().strip()
                            : value == JsonToken.VALUE_NUMBER_INT ? p.getText() : null;
                    if (person == null || person.isEmpty()) {
                        return null;
                    }
                } else if (value == JsonToken.VALUE_STRING && name == FORMAT && format == null) {
                    format = p.getText();
                } else if (value == JsonToken.VALUE_STRING && name == BANK && bankId == null) {
                    bankId = p.getText();
                } else if (value == JsonToken.VALUE_STRING && name == BANK_VERSION && version == null) {
                    version = p.getText();
                } else if (value == JsonToken.VALUE_STRING && name == ROLE && role == null) {
                    role = p.getText();
                } else if (value == JsonToken.START_ARRAY && name == ANSWERS && answers == null) {
                    answers = Answers.builder(bank);
                    if (!answers(p, answers)) {
                        return null;
                    }
                } else {
                    return null;
                }
            }
            if (p.nextToken() != null || withPerson && person == null || answers == null || !Answers.FORMAT.equals(format)
                    || !bank.id().equals(bankId) || !bank.version().equals(version)) {
                return null;
            }
            return new Read(person, (role == null ? answers : answers.role(RoleId.of(role))).build());
        } catch (IOException | RuntimeException e) {
            // Not JSON, or not of the plain shape: the full reader says what is wrong.
            return null;
        }
    }

    /** The entries of {@code "answers"}, each {@code {"question": ..., "value": ...}}; false when one is not plain. */
    private boolean answers(JsonParser p, Answers.Builder into) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                return false;
            }
            Prepared question = null;
            boolean questionSeen = false;
            JsonToken value = null;
            int number = 0;
            char[] text = null;
            int offset = 0;
            int length = 0;
            for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name == QUESTION && !questionSeen && v == JsonToken.VALUE_STRING) {
                    questionSeen = true;
                    question = lookUp(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    if (question == null) {
                        return false;
                    }
                } else if (name == VALUE && value == null && v == JsonToken.VALUE_NUMBER_INT
                        && p.getNumberType() == JsonParser.NumberType.INT) {
                    value = v;
                    number = p.getIntValue();
                } else if (name == VALUE && value == null && v == JsonToken.VALUE_STRING) {
                    value = v;
                    text = p.getTextCharacters();
                    offset = p.getTextOffset();
                    length = p.getTextLength();
                    // The characters are the parser's until the next token: compared now.
                    text = equal(text, offset, length, NOT_SURE) ? NOT_SURE : equal(text, offset, length, SKIP) ? SKIP
                            : null;
                    if (text == null) {
                        return false;
                    }
                } else {
                    return false;
                }
            }
            if (question == null || value == null) {
                return false;
            }
            Answer answer = value == JsonToken.VALUE_NUMBER_INT ? question.of(number)
                    : text == NOT_SURE ? question.notSure() : question.skipped();
            if (answer == null) {
                return false;
            }
            into.add(answer);
        }
        return true;
    }

    private Prepared lookUp(char[] text, int offset, int length) {
        int slot = hash(text, offset, length) & mask;
        for (char[] key = keys[slot]; key != null; key = keys[slot]) {
            if (equal(text, offset, length, key)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static boolean equal(char[] text, int offset, int length, char[] key) {
        if (length != key.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text[offset + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] text, int offset, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + text[offset + i];
        }
        return h ^ (h >>> 16);
    }
}
