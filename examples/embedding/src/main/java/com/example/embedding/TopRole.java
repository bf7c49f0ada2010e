package com.example.embedding;

import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.report.FitEstimate;
import dev.careerfit.quiz.report.RoleComparison;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** What both example apps do once they have a scorer: score an answers file and name the top role. */
final class TopRole {
    private TopRole() {}

    static String describe(FitScorer scorer, Path answersFile) throws IOException {
        Answers answers = QuizJson.readAnswers(answersFile, scorer);
        RoleComparison ranking = scorer.compareAll(answers);
        FitEstimate top = ranking.ranking().get(0);
        String line = String.format(Locale.ROOT, "Top role: %s (%s), score %.1f, interval %.1f-%.1f", top.title(),
                top.role(), top.score(), top.interval().low(), top.interval().high());
        if (ranking.ranking().size() > 1 && ranking.tooCloseToSeparate(top.role(), ranking.ranking().get(1).role())) {
            line += "; too close to separate from " + ranking.ranking().get(1).role();
        }
        return line;
    }
}
