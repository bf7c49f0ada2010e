package dev.careerfit.quiz;

import dev.careerfit.quiz.bank.LevelReading;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.quiz.bank.QuestionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the next question of an adaptive quiz and decides when the top of the ranking is settled
 * (docs/scoring.md, "Adaptive quiz").
 *
 * <p>Next question: for each open question, the change one answer would make to each contender's score
 * (the roles ranked 1 to {@value #CONTENDERS}, or all roles before any score), and the spread of those
 * changes across contenders: an answer that moves every contender alike reorders nothing. The question
 * with the largest spread comes next. A work factor's importance question is weighed the same way once the
 * factor has a statement: its answer moves the factor's weight, and so everything the factor does.
 *
 * <p>Settled: every family has its {@linkplain dev.careerfit.quiz.bank.DimensionFamily#floor() floor} of answers
 * (2 per interest area, 3 value choices, 4 work factors with a statement), and the last {@value #STABLE_ANSWERS}
 * answers changed at most
 * {@value #TOLERATED_CHANGES} place of the top: answers that keep adding information without moving the
 * top are the sign that it has settled (the simulation in docs/validity.md checks the settled top against
 * the one the full quiz gives).
 */
final class Adaptive {
    static final int CONTENDERS = 40;
    /** Answers in a row that must leave the top (nearly) unchanged for it to count as settled. */
    static final int STABLE_ANSWERS = 6;
    /** Places of the top that may change within those answers. */
    static final int TOLERATED_CHANGES = 1;

    private Adaptive() {}

    static QuizAdvice advise(Respondent person, Set<QuestionId> asked, int top) {
        Scoreboard ranking = new Scoreboard(person);
        ScoringIndex index = person.index;
        boolean scored = ranking.scored() > top;
        int contenders = scored ? Math.min(CONTENDERS, ranking.scored()) : index.size();
        List<Integer> order = scored ? ranking.top(contenders) : ranking.order();
        boolean floors = floorsMet(person);
        int stable = scored && floors ? stableFor(person, ranking, top) : 0;
        Set<QuestionId> importance = owedImportance(person, asked);
        Set<QuestionId> providers = floors ? owedFactorStatements(person, asked, scored ? ranking.top(top) : List.of())
                : Set.of();
        // What is owed is asked before the quiz may stop, however settled the top looks: the provider's statements
        // once the floors are met, the importance of a strong attitude once nothing else would keep the quiz going.
        boolean topSettled = stable >= STABLE_ANSWERS && providers.isEmpty();
        boolean settled = topSettled && importance.isEmpty();
        Question best = null;
        double bestValue = -1;
        for (Question q : person.bank.questions()) {
            if (asked.contains(q.id())) {
                continue;
            }
            // Below a family's floor, its questions come first: a family with no answers cannot count. Then what is
            // owed before the quiz may stop.
            double value = value(person, q, order, contenders) + (!floors && belowFloor(person, q) ? 1e6 : 0)
                    + (topSettled && importance.contains(q.id()) ? 2e6 : 0) + (providers.contains(q.id()) ? 1e6 : 0);
            if (value > bestValue) {
                best = q;
                bestValue = value;
            }
        }
        return new QuizAdvice(best, settled, stable, top);
    }

    /**
     * The importance questions of the work factors the person holds a strong attitude on (wants from
     * {@link ScoringSettings#wantsFrom()}, avoids up to {@link ScoringSettings#avoidsFrom()}) and has not been asked:
     * a strong dislike with no importance answer is a deal-breaker (docs/scoring.md), so the person is asked whether it
     * matters before the quiz stops.
     */
    private static Set<QuestionId> owedImportance(Respondent person, Set<QuestionId> asked) {
        Set<QuestionId> owed = new HashSet<>();
        ScoringSettings s = person.settings;
        for (int d = 0; d < person.mean.length; d++) {
            if (person.kind(d) == QuestionKind.AGREEMENT && person.measured(d) && person.importance[d] == null
                    && (person.mean[d] >= s.wantsFrom() || person.mean[d] <= s.avoidsFrom())) {
                person.bank.importanceQuestion(person.index.dimensions.get(d).id()).map(Question::id)
                        .filter(id -> !asked.contains(id)).ifPresent(owed::add);
            }
        }
        return owed;
    }

    /**
     * The statements on work factors that a provider rates, not careerfit's derivation, for the role the answers name
     * or one of {@code top} (a guides' role linked to a top occupation lends it its ratings), on factors the person
     * has not answered yet: the provider's own pros and cons, asked when its role is in question.
     */
    private static Set<QuestionId> owedFactorStatements(Respondent person, Set<QuestionId> asked, List<Integer> top) {
        ScoringIndex index = person.index;
        List<Integer> roles = new ArrayList<>(top);
        person.answers.role().flatMap(index::row).ifPresent(roles::add);
        Set<QuestionId> owed = new HashSet<>();
        for (int role : roles) {
            LevelReading[] levels = index.details(role).raw();
            for (int d = 0; d < levels.length; d++) {
                if (person.kind(d) != QuestionKind.AGREEMENT || person.measured(d) || levels[d] == null
                        || levels[d].derived() || !index.comparable(role, d)) {
                    continue;
                }
                for (Question q : person.bank.questions(index.dimensions.get(d).id())) {
                    if (q.kind() == QuestionKind.AGREEMENT && !asked.contains(q.id())) {
                        owed.add(q.id());
                    }
                }
            }
        }
        return owed;
    }

    /** Whether an answer to {@code q} would help its family towards its floor. */
    private static boolean belowFloor(Respondent person, Question q) {
        if (!q.kind().measures()) {
            return false;
        }
        int d = person.index.dimension(q.dimension());
        int f = person.index.family[d];
        int floor = person.index.families.get(f).floor();
        return switch (q.kind()) {
            case INTEREST -> person.answered[d] < floor;
            case VALUE_CHOICE -> person.choices[f] < floor;
            default -> person.answered[d] == 0 && person.measured[f].length < floor;
        };
    }

    /** Whether every family of the bank has its floor of answers. */
    private static boolean floorsMet(Respondent person) {
        ScoringIndex index = person.index;
        for (int f = 0; f < index.families.size(); f++) {
            int floor = index.families.get(f).floor();
            boolean met = switch (index.families.get(f).measuredBy()) {
                case INTEREST -> Arrays.stream(index.members[f]).allMatch(d -> person.answered[d] >= floor
                        || person.bank.questions(index.dimensions.get(d).id()).isEmpty());
                case VALUE_CHOICE -> person.choices[f] >= floor;
                default -> person.measured[f].length >= floor;
            };
            if (!met) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many of the latest answers in a row left the top (as a set) changed in at most
     * {@value #TOLERATED_CHANGES} place: the top with the last k answers taken back, for k = 1, 2, ...,
     * {@value #STABLE_ANSWERS}, against the top now.
     */
    private static int stableFor(Respondent person, Scoreboard ranking, int top) {
        List<Integer> now = ranking.top(top);
        List<Answer> given = person.answers.answers();
        int stable = 0;
        for (int k = 1; k <= STABLE_ANSWERS && k <= given.size(); k++) {
            Respondent earlier = new Respondent(person.bank, person.settings, person.index,
                    person.answers.firstAnswers(given.size() - k), person.countedFamilies());
            Scoreboard then = new Scoreboard(earlier);
            if (then.scored() < top) {
                break;
            }
            long kept = then.top(top).stream().filter(now::contains).count();
            if (top - kept > TOLERATED_CHANGES) {
                break;
            }
            stable = k;
        }
        return stable;
    }

    /** How much an answer to {@code q} could reorder the contenders; readiness questions come last. */
    private static double value(Respondent person, Question q, List<Integer> order, int contenders) {
        ScoringIndex index = person.index;
        if (!q.kind().measures()) {
            if (q.kind() == QuestionKind.IMPORTANCE) {
                int d = index.dimension(q.dimension());
                // Once the factor has a statement: the answer moves its weight from the default by up to 0.5,
                // scaling what the factor does by the person's attitude.
                return d >= 0 && person.measured(d) ? spread(person, order, contenders, d, -1,
                        0.5 * Math.abs(person.mean[d]) / Math.max(person.weight[d], 0.25)) : -1;
            }
            return q.kind() == QuestionKind.SKILL_RATING ? 0 : 1e-9;
        }
        int d = index.dimension(q.dimension());
        int e = q.versus() == null ? -1 : index.dimension(q.versus());
        return spread(person, order, contenders, d, e, 1);
    }

    /**
     * The spread, over the contenders, of how one answer on dimension d (against e for a value choice) would
     * move each one's score, times {@code scale}.
     */
    private static double spread(Respondent person, List<Integer> order, int contenders, int d, int e, double scale) {
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        int step = Math.max(1, contenders / CONTENDERS);
        for (int i = 0; i < contenders; i += step) {
            int r = order.get(i);
            double effect = effect(person, r, d) / (person.answered[d] + 1);
            if (e >= 0) {
                effect -= effect(person, r, e) / (person.answered[e] + 1);
            }
            sum += effect;
            sumSq += effect * effect;
            n++;
        }
        double mean = sum / n;
        return scale * Math.sqrt(Math.max(0, sumSq / n - mean * mean));
    }

    /** The role's coefficient on dimension d, or what it would be once the person answers on d. */
    private static double effect(Respondent person, int role, int d) {
        ScoringIndex index = person.index;
        if (!index.comparable(role, d)) {
            return 0;
        }
        int f = index.family[d];
        return index.matcher[f].effect(person, role, d, f) * person.settings.weight(index.families.get(f));
    }
}
