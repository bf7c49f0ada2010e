package dev.careerfit.cli;

import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.QuizJson;
import dev.careerfit.quiz.session.QuizSession;
import dev.careerfit.quiz.session.SessionState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a quiz in progress is saved to, atomically, so that a crash mid-write leaves the previous
 * save intact; and the answers file a finished quiz leaves next to it.
 *
 * @param file the session file, e.g. {@code ~/.careerfit/quiz-session.json}
 */
record SavedQuiz(Path file) {
    static final String SESSION_FILE = "quiz-session.json";
    static final String ANSWERS_FILE = "answers.json";

    boolean exists() {
        return Files.exists(file);
    }

    /** The saved session, continued exactly where it stopped. */
    QuizSession resume(FitScorer scorer) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        return QuizSession.resume(scorer, QuizJson.read(content, file.toString(), SessionState.class));
    }

    void save(QuizSession session) throws IOException {
        QuizJson.write(file, session.save());
    }

    /** Where a finished quiz keeps its answers, for {@code careerfit score --answers}. */
    Path answersFile() {
        return file.toAbsolutePath().resolveSibling(ANSWERS_FILE);
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
