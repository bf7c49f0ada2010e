package dev.careerfit.cli;

import dev.careerfit.quiz.Answer;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.bank.ResponseOption;
import dev.careerfit.report.TextLines;
import dev.careerfit.quiz.session.Progress;
import dev.careerfit.quiz.session.QuizSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Asks a quiz session's questions one at a time on a line-based terminal: a number picks an answer,
 * {@code n} is "not sure", {@code s} skips, {@code b} goes back, {@code q} saves and quits. Every step
 * is saved at once, under {@code lock}, which the Ctrl-C handler takes too.
 */
final class TerminalQuiz {
    /** How the quiz ended. */
    enum Outcome { FINISHED, QUIT, END_OF_INPUT, INTERRUPTED }

    private static final int PROGRESS_BAR = 20;

    private final QuizSession session;
    private final BufferedReader in;
    private final PrintWriter ui;
    private final Style style;
    private final SavedQuiz saved;
    private final Function<Question, String> topic;
    private final Object lock;
    private final String resumeCommand;
    private boolean closed;

    /** {@code resumeCommand} is how the user carries on later, as they would type it, for the help. */
    /** Columns the questions and their answers are wrapped to: the terminal's, or 80. */
    private final int width;

    TerminalQuiz(QuizSession session, BufferedReader in, PrintWriter ui, Style style, SavedQuiz saved,
                 Function<Question, String> topic, Object lock, String resumeCommand, int width) {
        this.width = width;
        this.session = session;
        this.in = in;
        this.ui = ui;
        this.style = style;
        this.saved = saved;
        this.topic = topic;
        this.lock = lock;
        this.resumeCommand = resumeCommand;
    }

    Outcome run() throws IOException {
        keys();
        while (true) {
            Question q;
            synchronized (lock) {
                if (closed) {
                    return Outcome.INTERRUPTED;
                }
                Optional<Question> current = session.current();
                if (current.isEmpty()) {
                    closed = true;
                    return Outcome.FINISHED;
                }
                q = current.get();
                show(q, session.progress(), session.currentAnswer());
            }
            String line = in.readLine();
            if (line == null) {
                return Outcome.END_OF_INPUT;
            }
            synchronized (lock) {
                if (closed) {
                    return Outcome.INTERRUPTED;
                }
                String key = line.strip().toLowerCase(Locale.ROOT);
                if (key.equals("q")) {
                    return Outcome.QUIT;
                }
                if (apply(q, key)) {
                    saved.save(session);
                }
            }
        }
    }

    /**
     * Saves the session (unless it has no answer: {@link SavedQuiz#save}) and announces it, once: whichever
     * comes first of the Ctrl-C handler (on its own thread, while this one waits for input), the {@code q}
     * key and the end of input. Doing both under the lock means the JVM cannot stop between saving and
     * saying how to resume. {@code announce} is told the progress and whether it was saved. Returns whether
     * this call was the one.
     */
    boolean suspend(BiConsumer<Progress, Boolean> announce) throws IOException {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            closed = true;
            boolean wrote = saved.save(session);
            announce.accept(session.progress(), wrote);
            ui.flush();
            return true;
        }
    }

    /** Applies one key to the current question; whether the session changed. */
    private boolean apply(Question q, String key) {
        List<ResponseOption> options = q.options();
        switch (key) {
            case "n" -> {
                session.notSure();
                return true;
            }
            case "s" -> {
                session.skip();
                return true;
            }
            case "b" -> {
                if (!session.back()) {
                    ui.println(style.yellow("This is the first question."));
                }
                return true;
            }
            case "h", "?" -> {
                help(options.size());
                return false;
            }
            case "" -> {
                Optional<Answer> kept = session.currentAnswer();
                if (kept.isPresent()) {
                    redo(kept.get());
                    return true;
                }
            }
            default -> {
                try {
                    int index = Integer.parseInt(key);
                    if (index >= 1 && index <= options.size()) {
                        session.answer(options.get(index - 1).value());
                        return true;
                    }
                } catch (NumberFormatException e) {
                    // not a number: fall through to the hint
                }
            }
        }
        ui.println(style.yellow("Type a number from 1 to " + options.size() + ", or n (not sure), s (skip), "
                + "b (back), q (save and quit), h (help)."));
        return false;
    }

    private void redo(Answer a) {
        switch (a.status()) {
            case ANSWERED -> session.answer(a.value());
            case NOT_SURE -> session.notSure();
            case SKIPPED -> session.skip();
        }
    }

    private void show(Question q, Progress p, Optional<Answer> current) {
        ui.println();
        // An adaptive quiz has no fixed length: it stops when the best occupations settle.
        String counter = "Question " + p.position() + (session.quick() ? "" : " of " + p.total());
        String topic = this.topic.apply(q);
        // The bar shows where the quiz stands, so it moves back with b: the questions before this one.
        ui.println(style.bold(counter) + (session.quick() ? "" : "  [" + style.cyan(style.bar((double) (p.position() - 1)
                / Math.max(1, p.total()), PROGRESS_BAR)) + "]") + style.dim("  " + topic));
        // Wrapped between words at the terminal's width: a long either/or question never splits a word.
        TextLines.wrap(q.text(), width).forEach(ui::println);
        List<ResponseOption> options = q.options();
        boolean oneLine = options.size() <= 5
                && 2 + options.stream().mapToInt(o -> o.label().length() + 5).sum() - 3 <= width;
        StringBuilder row = new StringBuilder("  ");
        for (int i = 0; i < options.size(); i++) {
            String number = Integer.toString(i + 1);
            if (oneLine) {
                row.append(style.bold(number)).append(" ").append(options.get(i).label()).append("   ");
            } else {
                List<String> lines = TextLines.wrap(options.get(i).label(), width - 3 - number.length());
                for (int l = 0; l < lines.size(); l++) {
                    ui.println("  " + (l == 0 ? style.bold(number) + " " : " ".repeat(number.length() + 1))
                            + lines.get(l));
                }
            }
        }
        if (oneLine) {
            ui.println(row.toString().stripTrailing());
        }
        current.ifPresent(a -> ui.println(style.dim("  your answer: " + describe(q, a) + " (Enter keeps it)")));
        ui.print("> ");
        ui.flush();
    }

    private static String describe(Question q, Answer a) {
        return switch (a.status()) {
            case ANSWERED -> q.option(a.value()).map(ResponseOption::label).orElse(String.valueOf(a.value()));
            case NOT_SURE -> "not sure";
            case SKIPPED -> "skipped";
        };
    }

    private void keys() {
        ui.println(style.dim("Keys: a number picks an answer; n not sure, s skip, b back, q save and quit, "
                + "h help. Then Enter."));
    }

    /** Every key, and what "not sure" and "skip" each mean. */
    private void help(int options) {
        String[] lines = {
            "Type a key, then Enter:",
            "  " + Style.pad("1-" + options, 8) + "pick that answer (the numbers beside the answers)",
            "  Enter   keep the answer you gave before (shown when you come back to a question)",
            "  n       not sure: you thought about it and cannot say; kept in your answers as \"not sure\"",
            "  s       skip: you would rather not answer, or it does not apply to you; kept as skipped",
            "          Neither counts for or against any occupation, nor as a middle answer: the results rest on",
            "          your other answers, and list these among the open questions that could change them.",
            "  b       back to the previous question; the answer there stays until you give another",
            "  q       save and quit (Ctrl-C too); carry on later with: " + resumeCommand,
            "  h or ?  this help"};
        for (String line : lines) {
            ui.println(style.dim(line));
        }
    }
}
