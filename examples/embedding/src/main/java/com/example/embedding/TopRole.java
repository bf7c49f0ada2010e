package com.example.embedding;

import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.Ranking;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** What both example apps do once they have a scorer: score an answers file and name the top role. */
final class TopRole {
    private TopRole() {}

    static String describe(FitScorer scorer, Path answersFile) throws IOException {
        Person person = scorer.person(QuizJson.readAnswers(answersFile, scorer));
        Ranking ranking = scorer.rank(person, RankingRequest.top(2));
        FitEstimate top = ranking.roles().get(0);
        String line = String.format(Locale.ROOT, "Top role: %s (%s), score %.1f, interval %.1f-%.1f", top.title(),
                top.role(), top.score(), top.interval().low(), top.interval().high());
        if (ranking.roles().size() > 1 && ranking.tooCloseToSeparate(top.role(), ranking.roles().get(1).role())) {
            line += "; too close to separate from " + ranking.roles().get(1).role();
        }
        return line;
    }
}
