package dev.careerfit.cli;

import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.role.RoleId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a person types and answers, the same on every run. */
final class QuizKeys {
    /** Every key the quiz knows, in a fixed mix; 1 to 5 are valid for every question of the bank. */
    private static final String[] PATTERN = {"4", "2", "5", "n", "1", "3", "s", "4", "b", "", "5", "2", "4", "3"};

    private QuizKeys() {}

    /** {@code count} lines of input. */
    static List<String> lines(int count) {
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(PATTERN[i % PATTERN.length]);
        }
        return lines;
    }

    /** {@code lines} as standard input. */
    static String input(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** More lines than any quiz needs: it ends once every question is dealt with and ignores the rest. */
    static List<String> enoughToFinish() {
        return lines(400);
    }

    /**
     * An answers file of at least {@code bytes} bytes, the same answer over and over: too large to read, and
     * would it be read, a problem for each answer.
     */
    static Path hugeAnswersFile(Path file, long bytes) throws IOException {
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file)) {
            w.write("{\"format\": \"careerfit-answers/1\", \"bankVersion\": \"2.0\", \"answers\": [");
            String answer = "{\"question\": \"pay.1\", \"value\": 4},\n";
            for (long written = 0; written < bytes; written += answer.length()) {
                w.write(answer);
            }
            w.write("{\"question\": \"pay.1\", \"value\": 4}]}\n");
        }
        return file;
    }

    /** An answers file with an answer to every question of the scorer's bank, for {@code role}. */
    static Path answersFile(Path file, FitScorer scorer, String role) throws IOException {
        Answers.Builder answers = Answers.builder(scorer.bank()).role(RoleId.of(role));
        int i = 0;
        for (Question q : scorer.bank().questions()) {
            switch (i++ % 7) {
                case 3 -> answers.notSure(q.id());
                case 6 -> answers.skip(q.id());
                default -> answers.answer(q.id(), q.options().get((i * 3) % q.options().size()).value());
            }
        }
        QuizJson.write(file, answers.build());
        return file;
    }
}
