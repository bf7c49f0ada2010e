package dev.careerfit.quiz;

import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.role.RoleId;

/** The scorer's verbs from answers in one call, for tests that score each person once. */
final class Scoring {
    private Scoring() {}

    static Ranking top(FitScorer scorer, Answers answers, int limit) {
        return scorer.rank(scorer.person(answers), RankingRequest.top(limit));
    }

    static FitReport report(FitScorer scorer, Answers answers, String role) {
        return scorer.report(scorer.person(answers), RoleId.of(role));
    }
}
