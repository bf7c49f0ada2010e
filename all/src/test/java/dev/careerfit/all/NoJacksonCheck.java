package dev.careerfit.all;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.report.Ranking;

/**
 * Run by {@link NoJacksonTest} in a JVM whose class path has core, the quiz engine and the national providers but no
 * Jackson: builds the catalog, a scorer and a ranking, and says what it found.
 */
public final class NoJacksonCheck {
    private NoJacksonCheck() {}

    public static void main(String[] args) {
        try {
            Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
            System.out.println("jackson: present");
        } catch (ClassNotFoundException e) {
            System.out.println("jackson: absent");
        }
        CareerCatalog catalog = CareerCatalog.builder().build();
        FitScorer scorer = FitScorers.create(catalog);
        Answers.Builder answers = Answers.builder(scorer.bank());
        // A consistent person (a cycle through the values would be flagged and get no ranking): each dimension's
        // questions answered alike, reverse-keyed statements the other way round.
        for (Question q : scorer.bank().questions()) {
            if (q.kind().measures()) {
                int v = 1 + Math.floorMod(q.dimension().value().hashCode(), 5);
                answers.answer(q.id(), q.keySign() < 0 ? 6 - v : v);
            }
        }
        Ranking ranking = scorer.rank(scorer.person(answers.build()), RankingRequest.top(5));
        System.out.println("catalog: " + catalog.size() + " roles from " + catalog.providers().size() + " providers");
        System.out.println("bank: " + scorer.bank().id() + " " + scorer.bank().version() + ", "
                + scorer.bank().questions().size() + " questions");
        System.out.println("ranking: " + ranking.scored() + " scored; best " + ranking.roles().get(0).role() + " at "
                + ranking.roles().get(0).score());
    }
}
