package dev.careerfit.quiz;

import dev.careerfit.Api;
import dev.careerfit.quiz.report.DimensionScore;
import dev.careerfit.quiz.report.ResponseFlag;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person as the scorer sees them: their answers, checked once, held as the vectors every role is compared with
 * (what {@link FitScorer#person} gives). Keep it to score the same person more than once (a ranking, then reports
 * on the roles shown). Immutable and safe to share between threads; it belongs to the {@link FitScorer} that made
 * it.
 *
 * <pre>{@code
 * Person me = scorer.person(answers);                       // checks the answers once
 * me.shortfall().ifPresent(System.out::println);            // too few answers for a result: how many more
 * Ranking best = scorer.rank(me, RankingRequest.top(10));
 * }</pre>
 *
 * @since 0.5
 */
@Api(Api.Status.STABLE)
public final class Person {
    final Respondent respondent;
    final Object owner;
    /** The scores of every role, made on first use and kept: reports on the roles shown reuse them. */
    private volatile Scoreboard scores;

    Person(Respondent respondent, Object owner) {
        this.respondent = Objects.requireNonNull(respondent, "respondent");
        this.owner = owner;
    }

    Scoreboard scores() {
        Scoreboard s = scores;
        if (s == null) {
            s = new Scoreboard(respondent);
            scores = s;
        }
        return s;
    }

    /** The answers it was made from. */
    public Answers answers() {
        return respondent.answers;
    }

    /** Every dimension the person answered: their mean item score, where they stand, how text shows it. */
    public List<DimensionScore> profile() {
        return Scoreboard.profile(respondent);
    }

    /** Answer patterns found. */
    public Set<ResponseFlag> flags() {
        return Set.copyOf(respondent.flags);
    }

    /**
     * Why there is no result yet: how many more answers are needed and of what kind; empty when the answers are
     * enough for a ranking and reports.
     */
    public Optional<String> shortfall() {
        return Optional.ofNullable(respondent.shortfall());
    }

    @Override
    public String toString() {
        return "Person[" + respondent.scoredItems + " items answered, flags " + respondent.flags + "]";
    }
}
