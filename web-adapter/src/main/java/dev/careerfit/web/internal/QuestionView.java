package dev.careerfit.web.internal;

import dev.careerfit.Api;
import dev.careerfit.quiz.Answer;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.bank.ResponseOption;
import dev.careerfit.quiz.session.Progress;
import dev.careerfit.quiz.session.QuizSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question of the quiz as its page shows it, with the quiz's state to carry to the next request.
 *
 * @param state     the quiz so far ({@code careerfit-session/1}), for the page's forms
 * @param id        the question's id
 * @param topic     what it is about: an interest area, work values, a work factor, skills, education
 * @param lead      what to do with the text ("How much would you like this work?"), or empty
 * @param text      the question or statement
 * @param choices   the answers, each with the key that picks it
 * @param position  the question's place in the order asked, 1 for the first
 * @param answered  questions dealt with so far (answered, not sure or skipped)
 * @param canGoBack whether there is a question before it
 * @param given     what the person answered here before, in words, or empty
 */
@Api(Api.Status.INTERNAL)
public record QuestionView(String state, String id, String topic, String lead, String text, List<Choice> choices,
                           int position, int answered, boolean canGoBack, String given) {
    /** How long a quiz usually is: it stops once the best occupations settle (README: about 30 to 60). */
    public static final int USUAL_LENGTH = 45;

    /**
     * One answer to pick.
     *
     * @param value  what the form sends: the option's value
     * @param key    the key that picks it: 1, 2, ...
     * @param label  its words
     * @param chosen whether it is the answer given before
     */
    @Api(Api.Status.INTERNAL)
    public record Choice(String value, String key, String label, boolean chosen) {}

    public QuestionView {
        choices = List.copyOf(choices);
    }

    /** How far along, 0 to 100, against the usual length: an adaptive quiz has no fixed one. */
    public int percent() {
        return Math.min(95, Math.round(100f * answered / Math.max(USUAL_LENGTH, answered + 1)));
    }

    static QuestionView of(QuizSession session, QuestionBank bank, String state) {
        Question q = session.current().orElseThrow();
        Optional<Answer> before = session.currentAnswer();
        List<Choice> choices = new ArrayList<>();
        List<ResponseOption> options = q.options();
        for (int i = 0; i < options.size(); i++) {
            ResponseOption o = options.get(i);
            boolean chosen = before.filter(Answer::answered).map(a -> a.value() == o.value()).orElse(false);
            choices.add(new Choice(Integer.toString(o.value()), i < 9 ? Integer.toString(i + 1) : "", o.label(), chosen));
        }
        String given = before.map(a -> switch (a.status()) {
            case ANSWERED -> q.option(a.value()).map(ResponseOption::label).orElse(String.valueOf(a.value()));
            case NOT_SURE -> bank.notSureLabel();
            case SKIPPED -> bank.skipLabel();
        }).orElse("");
        Progress p = session.progress();
        return new QuestionView(state, q.id().value(), topic(q, bank), lead(q.kind()), q.text(), choices, p.position(),
                p.answered(), p.position() > 1, given);
    }

    private static String topic(Question q, QuestionBank bank) {
        if (q.kind() == QuestionKind.VALUE_CHOICE) {
            return "Work values";
        }
        if (q.dimension() != null) {
            return bank.dimensions().stream().filter(d -> d.id().equals(q.dimension())).findFirst()
                    .map(d -> d.name()).orElse(q.dimension().value());
        }
        return q.skill() != null ? "Skills" : "Education and experience";
    }

    private static String lead(QuestionKind kind) {
        return switch (kind) {
            case INTEREST -> "How much would you like doing this at work?";
            case AGREEMENT -> "How much do you agree?";
            default -> "";
        };
    }
}
