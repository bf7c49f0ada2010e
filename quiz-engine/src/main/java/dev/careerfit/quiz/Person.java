package dev.careerfit.quiz;

import dev.careerfit.education.EducationLevel;
import dev.careerfit.factor.FactorId;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.SkillId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person's checked answers say, independent of any role: the attitude to every factor the
 * bank asks about, the importance answers, skill self-ratings and education. Built once per answers,
 * so scoring many roles costs one weighted sum each.
 */
final class Person {
    private final QuestionBank bank;
    private final ScoringSettings settings;
    private final Answers answers;
    private final Map<String, Answer> byQuestion = new HashMap<>();
    private final Map<FactorId, Attitude> attitudes = new HashMap<>();
    private final Map<FactorId, Integer> importance = new HashMap<>();
    private final Map<SkillId, Proficiency> skills = new HashMap<>();
    private final EducationLevel education;
    private final Integer studyYears;

    Person(QuestionBank bank, ScoringSettings settings, Answers answers) {
        this.bank = bank;
        this.settings = settings;
        this.answers = answers;
        answers.answers().forEach(a -> byQuestion.put(a.question(), a));
        for (FactorId f : bank.factors()) {
            attitudes.put(f, attitude(f, null, null));
        }
        EducationLevel held = null;
        Integer years = null;
        for (Answer a : byQuestion.values()) {
            Question q = bank.question(a.question()).orElse(null);
            if (q == null || !a.answered()) {
                continue;
            }
            switch (q.kind()) {
                case IMPORTANCE -> importance.put(q.factor(), a.value());
                case SKILL_RATING -> skills.put(q.skill(), Proficiency.ofLevel(a.value()));
                case EDUCATION_HELD -> held = EducationLevel.ofOnetCategory(a.value());
                case STUDY_YEARS -> years = a.value();
                default -> { }
            }
        }
        this.education = held;
        this.studyYears = years;
    }

    QuestionBank bank() {
        return bank;
    }

    ScoringSettings settings() {
        return settings;
    }

    Answers answers() {
        return answers;
    }

    Answer answer(String question) {
        return byQuestion.get(question);
    }

    /** The attitude to {@code factor}; {@code NO_QUESTIONS} for a factor the bank does not ask about. */
    Attitude attitude(FactorId factor) {
        Attitude a = attitudes.get(factor);
        return a != null ? a : Attitude.of(new double[0], 0, settings);
    }

    /**
     * The attitude to {@code factor} with the open or answered items {@code questions} given item score
     * {@code itemScore} instead; {@code questions == null} for the answers as they are.
     */
    Attitude attitude(FactorId factor, List<String> questions, Double itemScore) {
        List<Question> items = bank.agreementQuestions(factor);
        double[] scores = new double[items.size()];
        int n = 0;
        for (Question q : items) {
            if (questions != null && questions.contains(q.id())) {
                scores[n++] = itemScore;
                continue;
            }
            Answer a = byQuestion.get(q.id());
            if (a != null && a.answered()) {
                scores[n++] = q.itemScore(a.value());
            }
        }
        return Attitude.of(java.util.Arrays.copyOf(scores, n), items.size(), settings);
    }

    /** The importance answer on {@code factor}, or {@code null}. */
    Integer importance(FactorId factor) {
        return importance.get(factor);
    }

    double weight(FactorId factor) {
        return settings.weightOf(importance.get(factor));
    }

    Proficiency skill(SkillId skill) {
        return skills.get(skill);
    }

    EducationLevel education() {
        return education;
    }

    Integer studyYears() {
        return studyYears;
    }
}
