package dev.careerfit.quiz.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careerfit.Problem;
import dev.careerfit.json.JsonProblems;
import dev.careerfit.quiz.Answer;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.InterestProfilerResult;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.RoleId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an answers document ({@value Answers#FORMAT}) from a parsed tree, collecting every problem
 * with its JSON path instead of stopping at the first, and keeping the answers that could be read so
 * that they can be checked against the bank too.
 */
final class AnswersReader {
    static final String NOT_SURE = "not-sure";
    static final String SKIP = "skip";
    private static final Set<String> TOP_FIELDS = Set.of("format", "bank", "bankVersion", "role", "interestProfiler", "answers");
    private static final Set<String> ANSWER_FIELDS = Set.of("question", "value");

    private AnswersReader() {}

    /**
     * The answers that could be read, and for each its index in the document's list (entries that could
     * not be read are left out, so the two differ after one).
     */
    record Read(Answers answers, int[] positions) {}

    static Read read(JsonNode root, String prefix, List<Problem> problems) {
        if (root == null || !root.isObject()) {
            problems.add(new Problem(prefix + "$", "an answers document must be an object with format, bankVersion "
                    + "and answers"));
            return new Read(Answers.builder(null, null).build(), new int[0]);
        }
        unknownFields(root, "$", TOP_FIELDS, prefix, problems);
        String format = text(root, "format", "$", prefix, problems);
        if (format == null) {
            problems.add(new Problem(prefix + "$.format", "is missing; must be '" + Answers.FORMAT + "'"));
        } else if (!format.equals(Answers.FORMAT)) {
            problems.add(new Problem(prefix + "$.format", "must be '" + Answers.FORMAT + "', was '"
                    + Problem.quote(format) + "'"));
        }
        Answers.Builder builder = Answers.builder(text(root, "bank", "$", prefix, problems),
                text(root, "bankVersion", "$", prefix, problems));
        String role = text(root, "role", "$", prefix, problems);
        if (role != null) {
            try {
                builder.role(RoleId.of(role));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(prefix + "$.role", "'" + Problem.quote(role) + "' is not a role id: lower-case "
                        + "letters and digits separated by '-' or '.', e.g. '15-2051.00' or 'ml-engineer'"));
            }
        }
        builder.interestProfiler(interestProfiler(root.get("interestProfiler"), prefix, problems));
        List<Integer> positions = new ArrayList<>();
        JsonNode list = root.get("answers");
        if ((list == null || list.isNull()) && root.hasNonNull("interestProfiler")) {
            // Interest Profiler results alone are a complete answers document.
        } else if (list == null || list.isNull()) {
            problems.add(new Problem(prefix + "$.answers", "is missing; give a list of {question, value}"));
        } else if (!list.isArray()) {
            problems.add(new Problem(prefix + "$.answers", "must be a list of {question, value}"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                Answer a = answer(list.get(i), "$.answers[" + i + "]", prefix, problems);
                if (a != null) {
                    builder.add(a);
                    positions.add(i);
                }
            }
        }
        return new Read(builder.build(), positions.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * {@code "interestProfiler": "<60 digits>"} or {@code {"realistic": 12, ...}} (the six area scores), or
     * {@code null} when absent or unreadable (with problems added).
     */
    private static InterestProfilerResult interestProfiler(JsonNode node, String prefix, List<Problem> problems) {
        String where = prefix + "$.interestProfiler";
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            if (node.isTextual()) {
                return InterestProfilerResult.parse(node.textValue());
            }
            if (node.isObject()) {
                Map<InterestArea, Integer> scores = new EnumMap<>(InterestArea.class);
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    InterestArea area = Arrays.stream(InterestArea.values())
                            .filter(a -> a.name().equalsIgnoreCase(e.getKey())).findFirst().orElse(null);
                    if (area == null) {
                        problems.add(new Problem(where + "." + e.getKey(), "is not an interest area; use realistic, "
                                + "investigative, artistic, social, enterprising and conventional"));
                    } else if (!e.getValue().canConvertToInt() || !e.getValue().isIntegralNumber()) {
                        problems.add(new Problem(where + "." + e.getKey(), "must be a whole number from 0 to 40"));
                    } else {
                        scores.put(area, e.getValue().intValue());
                    }
                }
                return InterestProfilerResult.ofScores(scores);
            }
            problems.add(new Problem(where, "must be the 60-digit answer string or the six area scores"));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(where, e.getMessage()));
        }
        return null;
    }

    /** One answer, or {@code null} (with problems added) when it cannot be read. */
    static Answer answer(JsonNode node, String path, String prefix, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new Problem(prefix + path, "must be an object {question, value}"));
            return null;
        }
        unknownFields(node, path, ANSWER_FIELDS, prefix, problems);
        String question = text(node, "question", path, prefix, problems);
        if (question == null) {
            problems.add(new Problem(prefix + path + ".question", "is missing; give the question id"));
        }
        JsonNode value = node.get("value");
        String where = prefix + path + ".value" + (question == null ? "" : " (question '" + Problem.quote(question) + "')");
        Answer answer = null;
        if (question != null && !QuestionId.isValid(question)) {
            // Not an id at all: what the bank check says of an unknown one, when the answer is otherwise readable.
            if (value != null && (value.isIntegralNumber() || value.isTextual() && (value.textValue().equals(NOT_SURE)
                    || value.textValue().equals(SKIP)))) {
                problems.add(new Problem(prefix + path + ".question", "unknown question id '" + Problem.quote(question)
                        + "'; question ids are lower-case letters and digits separated by '-' or '.', e.g. 'pay.1'"));
                return null;
            }
            question = null;
        }
        if (value == null || value.isNull()) {
            problems.add(new Problem(where, "is missing; give a number, \"" + NOT_SURE + "\" or \"" + SKIP + "\""));
        } else if (value.isIntegralNumber() && value.canConvertToInt()) {
            answer = question == null ? null : Answer.of(QuestionId.of(question), value.intValue());
        } else if (value.isTextual() && value.textValue().equals(NOT_SURE)) {
            answer = question == null ? null : Answer.notSure(QuestionId.of(question));
        } else if (value.isTextual() && value.textValue().equals(SKIP)) {
            answer = question == null ? null : Answer.skipped(QuestionId.of(question));
        } else {
            problems.add(new Problem(where, "must be a whole number, \"" + NOT_SURE + "\" or \"" + SKIP + "\", was "
                    + Problem.quote(value)));
        }
        return answer;
    }

    private static String text(JsonNode node, String field, String path, String prefix, List<Problem> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(new Problem(prefix + path + "." + field, "must be text, was " + Problem.quote(v)));
            return null;
        }
        return v.textValue();
    }

    private static void unknownFields(JsonNode node, String path, Set<String> known, String prefix,
                                      List<Problem> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!known.contains(name)) {
                problems.add(new Problem(prefix + path, JsonProblems.unknownField(name, known)));
            }
        }
    }
}
