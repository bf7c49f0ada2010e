package dev.careerfit.quiz;

import dev.careerfit.quiz.report.DimensionScore;
import dev.careerfit.quiz.report.ResponseFlag;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person's answers, checked once and held as the vectors the scorer compares with every role: the handle to
 * keep when scoring the same person more than once (a ranking, then reports on the roles shown). Immutable
 * and safe to share between threads; it belongs to the {@link FitScorer} that made it.
 *
 * <pre>{@code
 * ScoringProfile me = scorer.profile(answers);          // checks the answers once
 * List<RankedRole> best = scorer.best(me, 10);           // the fast path: no reports
 * FitReport why = scorer.score(me, best.get(0).role().value());
 * }</pre>
 *
 * @since 0.3
 */
public final class ScoringProfile {
    final Person person;
    final Object owner;
    /** The ranking of every role, made on first use and kept: reports on the roles shown reuse it. */
    private volatile Ranking ranking;

    ScoringProfile(Person person, Object owner) {
        this.person = Objects.requireNonNull(person, "person");
        this.owner = owner;
    }

    Ranking ranking() {
        Ranking r = ranking;
        if (r == null) {
            r = new Ranking(person);
            ranking = r;
        }
        return r;
    }

    /** The answers it was made from. */
    public Answers answers() {
        return person.answers;
    }

    /** Every dimension the person answered, with their mean item score. */
    public List<DimensionScore> dimensions() {
        return Ranking.profile(person);
    }

    /** Answer patterns found. */
    public Set<ResponseFlag> flags() {
        return Set.copyOf(person.flags);
    }

    @Override
    public String toString() {
        return "ScoringProfile[" + person.scoredItems + " items answered, flags " + person.flags + "]";
    }
}
