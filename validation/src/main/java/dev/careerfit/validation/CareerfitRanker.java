package dev.careerfit.validation;

import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.InterestProfilerResult;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.bank.QuestionId;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.ScoringSettings;
import dev.careerfit.quiz.report.OccupationFamily;
import dev.careerfit.role.InterestArea;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * careerfit's engine as it is: the person's six scores as Interest Profiler results and their education
 * answer, ranked over every role of the catalog by {@link FitScorer#rank}; one position per family of near-twin
 * occupations the ranking leads with, standing for the family's best occupation.
 */
public final class CareerfitRanker implements Ranker {
    private final FitScorer scorer;
    private final Occupations occupations;

    public CareerfitRanker(FitScorer scorer, Occupations occupations) {
        this.scorer = scorer;
        this.occupations = occupations;
    }

    @Override
    public String name() {
        return "careerfit";
    }

    /** The person as answers to careerfit's bank. */
    public Answers answers(Taker person) {
        Answers.Builder b = Answers.builder(scorer.bank());
        person.educationHeld().ifPresent(e -> b.answer(QuestionId.of("education.highest"), e.onetCategory()));
        return b.build().withInterestProfiler(profiler(person.scores()));
    }

    static InterestProfilerResult profiler(int[] scores) {
        Map<InterestArea, Integer> m = new EnumMap<>(InterestArea.class);
        for (InterestArea a : InterestArea.values()) {
            m.put(a, scores[a.ordinal()]);
        }
        return InterestProfilerResult.ofScores(m);
    }

    /** A scorer for the catalog that simulates no retakes: the check ranks, it states no stability. */
    public static FitScorer scorer(CareerCatalog catalog) {
        return FitScorers.builder().catalog(catalog).settings(ScoringSettings.defaults().toBuilder().retakes(0).build())
                .build();
    }

    @Override
    public int[][] top(Taker person, int limit) {
        List<OccupationFamily> best = scorer.rank(scorer.person(answers(person)), RankingRequest.top(limit))
                .families();
        return best.stream().map(f -> occupations.standsFor(f.roles().get(0).value())).toArray(int[][]::new);
    }
}
