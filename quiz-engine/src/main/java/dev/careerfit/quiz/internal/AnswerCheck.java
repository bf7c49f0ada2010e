package dev.careerfit.quiz.internal;

import dev.careerfit.Api;
import dev.careerfit.Problem;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.UnknownRoleException;
import dev.careerfit.quiz.Answer;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.ResponseOption;
import dev.careerfit.role.RoleId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks answers against the bank and the catalog, collecting every problem: a different bank
 * version, an unknown role, unknown question ids, values out of range and duplicate answers. Places
 * are JSON paths into the answers document ({@code $.answers[3].value}), each naming the question.
 * Shared by the scorer and the answers reader ({@code dev.careerfit.quiz.json}); not exported from the module.
 */
@Api(Api.Status.INTERNAL)
public final class AnswerCheck {
    private AnswerCheck() {}

    /**
     * @param prefix what to put before each JSON path, e.g. a file name and a space; empty for none
     * @param roles  role ids the caller asks about besides the answers' own, e.g. those to compare
     */
    public static List<Problem> problems(String prefix, Answers answers, QuestionBank bank, CareerCatalog catalog,
                                         Collection<RoleId> roles) {
        return problems(prefix, answers, null, bank, catalog, roles);
    }

    /** As above, with {@code positions[i]} the index in the document of answer {@code i} ({@code null}: the same). */
    public static List<Problem> problems(String prefix, Answers answers, int[] positions, QuestionBank bank,
                                         CareerCatalog catalog, Collection<RoleId> roles) {
        List<Problem> problems = new ArrayList<>();
        if (answers.bankVersion() == null) {
            problems.add(new Problem(prefix + "$.bankVersion", "is missing; answers must name the question bank "
                    + "version they were given to (this bank is " + bank.version() + ")"));
        } else if (!answers.bankVersion().equals(bank.version()) && !bank.reads().contains(answers.bankVersion())) {
            problems.add(new Problem(prefix + "$.bankVersion", "the answers were given to question bank version '"
                    + answers.bankVersion() + "' but this is version '" + bank.version() + "'"
                    + (bank.reads().isEmpty() ? "" : ", which reads answers to " + String.join(", ", bank.reads()))
                    + "; questions may have changed, so take the quiz again"));
        }
        boolean earlier = answers.bankVersion() != null && bank.reads().contains(answers.bankVersion());
        if (answers.bank() != null && !answers.bank().equals(bank.id())) {
            problems.add(new Problem(prefix + "$.bank", "the answers were given to question bank '" + answers.bank()
                    + "' but this is '" + bank.id() + "'"));
        }
        answers.role().ifPresent(r -> checkRole(problems, prefix + "$.role", r, catalog));
        for (RoleId r : roles) {
            if (answers.role().map(r::equals).orElse(false)) {
                continue;
            }
            checkRole(problems, "role '" + r + "'", r, catalog);
        }
        List<Answer> list = answers.answers();
        // Where each question was first answered: open addressing on answer positions (1-based, 0 empty), no boxing.
        int[] firstAt = new int[Integer.highestOneBit(Math.max(2, list.size())) << 2];
        for (int i = 0; i < list.size(); i++) {
            Answer a = list.get(i);
            Question q = bank.question(a.question()).orElse(null);
            if (q == null && earlier) {
                continue; // a question that version asked and this one no longer does: noted, not used
            }
            if (q == null) {
                problems.add(new Problem(at(prefix, positions, i) + ".question", "unknown question id '" + a.question() + "'"
                        + suggestion(a.question().value(), bank)));
                continue;
            }
            int first = firstAt(firstAt, list, i);
            if (first >= 0) {
                problems.add(new Problem(at(prefix, positions, i) + ".question", "question '" + a.question() + "' is answered more than "
                        + "once (first at $.answers[" + (positions == null ? first : positions[first])
                        + "]); keep one answer"));
            }
            if (a.answered() && !q.accepts(a.value())) {
                problems.add(new Problem(at(prefix, positions, i) + ".value", "question '" + q.id() + "': " + a.value()
                        + " is not an allowed answer; use one of " + allowed(q) + ", \"not-sure\" or \"skip\""));
            }
        }
        return problems;
    }

    /** The earlier answer to answer {@code i}'s question, or -1 with {@code i} recorded as the first. */
    private static int firstAt(int[] table, List<Answer> list, int i) {
        QuestionId question = list.get(i).question();
        int mask = table.length - 1;
        int h = question.hashCode();
        for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
            int at = table[slot] - 1;
            if (at < 0) {
                table[slot] = i + 1;
                return -1;
            }
            if (list.get(at).question().equals(question)) {
                return at;
            }
        }
    }

    /** Where answer {@code i} stands in the document: made only for a problem, not for every answer checked. */
    private static String at(String prefix, int[] positions, int i) {
        return prefix + "$.answers[" + (positions == null ? i : positions[i]) + "]";
    }

    private static void checkRole(List<Problem> problems, String where, RoleId role, CareerCatalog catalog) {
        if (!catalog.contains(role)) {
            problems.add(new Problem(where, new UnknownRoleException(role.value(), catalog.roleIds()).getMessage()));
        }
    }

    private static String allowed(Question q) {
        List<ResponseOption> options = q.options();
        boolean consecutive = true;
        for (int i = 1; i < options.size(); i++) {
            consecutive &= options.get(i).value() == options.get(i - 1).value() + 1;
        }
        return consecutive ? q.lowestValue() + " to " + q.highestValue()
                : options.stream().map(o -> String.valueOf(o.value())).collect(Collectors.joining(", "));
    }

    /** A hint for a mistyped id: the questions on the same factor or skill prefix. */
    private static String suggestion(String id, QuestionBank bank) {
        int dot = id.lastIndexOf('.');
        if (dot <= 0) {
            return "";
        }
        String stem = id.substring(0, dot + 1);
        List<String> near = bank.questions().stream().map(q -> q.id().value()).filter(q -> q.startsWith(stem)).limit(6)
                .toList();
        return near.isEmpty() ? "" : "; questions starting '" + Problem.quote(stem) + "': " + String.join(", ", near);
    }
}
