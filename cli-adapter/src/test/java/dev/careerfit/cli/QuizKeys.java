package dev.careerfit.cli;

import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.session.QuizSession;
import dev.careerfit.role.RoleId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a person types and answers, the same on every run. */
final class QuizKeys {
    /** Every key the quiz knows, in a fixed mix; 1 to 5 are valid for every question of the bank. */
    private static final String[] PATTERN = {"4", "2", "5", "n", "1", "3", "s", "4", "b", "", "5", "2", "4", "3"};

    private static FitScorer national;

    private QuizKeys() {}

    /** A scorer over the built-in catalog, as the command makes one: what {@link #consistentQuiz} answers. */
    static synchronized FitScorer national() {
        if (national == null) {
            national = dev.careerfit.quiz.FitScorers.create(dev.careerfit.catalog.CareerCatalog.builder().build());
        }
        return national;
    }

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
                default -> answers.answer(q.id(), consistent(q, i));
            }
        }
        QuizJson.write(file, answers.build());
        return file;
    }

    /**
     * A consistent person's answer: a work activity by its interest area, alike for every activity of it; a
     * statement mildly agreed with (a reverse-keyed one mildly disagreed with); anything else in turn. Answers that vary item by item
     * regardless of what they measure are flagged as inconsistent and get no ranking (docs/scoring.md).
     */
    static int consistent(Question q, int i) {
        if (q.kind() == QuestionKind.INTEREST) {
            return 1 + Math.floorMod(q.dimension().value().hashCode(), 5);
        }
        if (q.kind() == QuestionKind.AGREEMENT) {
            // Mildly for every pro and con: no strong dislike, so no deal-breaker.
            return q.keySign() < 0 ? 2 : 4;
        }
        return q.options().get((i * 3) % q.options().size()).value();
    }

    /**
     * The keys a consistent person types through a quick quiz over {@code scorer} (about {@code role}, or none):
     * the session the command runs, answered question by question.
     */
    static List<String> consistentQuiz(FitScorer scorer, String role) {
        QuizSession.Builder b = QuizSession.builder(scorer).quick(true);
        if (role != null) {
            b.role(RoleId.of(role));
        }
        QuizSession session = b.start();
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (!session.finished()) {
            Question q = session.current().orElseThrow();
            int v = consistent(q, i++);
            // The command numbers the options from 1 (a skill self-rating's 0-4 too).
            lines.add(String.valueOf(q.options().stream().map(o -> o.value()).toList().indexOf(v) + 1));
            session.answer(v);
        }
        return lines;
    }
}
