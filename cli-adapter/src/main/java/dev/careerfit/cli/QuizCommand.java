package dev.careerfit.cli;

import dev.careerfit.CareerfitException;
import dev.careerfit.fact.Wording;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.quiz.session.Progress;
import dev.careerfit.quiz.session.QuizSession;
import dev.careerfit.role.RoleId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careerfit quiz}: the questions one at a time, then the report. */
@Command(name = "quiz", description = {"Take the quiz: one question at a time, each chosen as the one most likely to "
        + "change your best occupations, until they are settled. Then your best occupations out of all of them, what "
        + "your answers say, readiness and the way in for the best ones, and with --role where that role stands and "
        + "why, each reason with its sources.",
        "Progress is saved after every answer and on Ctrl-C or the end of input; carry on with --resume. "
                + "A finished quiz leaves its answers next to the session file, for careerfit score; answers "
                + "already there move to history/answers-DATE.json. One quiz at a time uses a folder."})
final class QuizCommand extends CliCommand {
    /** Occupations listed at the end. */
    static final int SHOWN = 10;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE",
            description = "A role you are considering: the results say where it stands among all of them, and why.")
    String role;

    @Option(names = "--full", description = "Ask every question instead of stopping once your best occupations are "
            + "settled.")
    boolean full;

    @Option(names = "--resume", description = "Carry on with the saved quiz, exactly where it stopped, with its role "
            + "and length (not with --restart, --role or --full).")
    boolean resume;

    @Option(names = "--restart", description = "Start again; the saved quiz moves to history/session-DATE.json.")
    boolean restart;

    @Option(names = "--session", paramLabel = "FILE", description = "Where the quiz in progress is saved "
            + "(default: $CAREERFIT_HOME/" + SavedQuiz.SESSION_FILE + ", else ~/.careerfit/" + SavedQuiz.SESSION_FILE + ").")
    Path sessionFile;

    @Option(names = "--details", description = ReportOptions.DETAILS)
    boolean details;

    @ArgGroup(exclusive = true)
    ReportOptions format;

    QuizCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        if (resume && (restart || role != null || full)) {
            throw usage("--resume carries on with the saved quiz as it was started, so it cannot be used with "
                    + (restart ? "--restart" : role != null ? "--role" : "--full"));
        }
        SavedQuiz saved = new SavedQuiz(sessionFile != null ? sessionFile : context.home().resolve(SavedQuiz.SESSION_FILE));
        // The report must not replace the quiz's own files.
        ReportOptions.check(format, List.of(saved.file(), saved.answersFile()));
        try (SavedQuiz.Lock held = saved.lock()) {
            return run(saved);
        }
    }

    private int run(SavedQuiz saved) throws IOException {
        PrintWriter out = out();
        // With --json or --html -, standard output carries the report alone; the questions go to standard error.
        PrintWriter ui = ReportOptions.reportOnly(format) ? err() : out;
        Style style = style();
        FitScorer scorer = context.scorer();
        Optional<Path> setAside = restart && saved.exists() ? Optional.of(saved.keepSession()) : Optional.empty();
        QuizSession session = start(saved, scorer);
        if (resume) {
            Progress p = session.progress();
            ui.println("Carrying on with your quiz: " + p.answered() + " done.");
        } else {
            ui.println(style.bold("careerfit quiz") + ": which of " + Wording.number(scorer.catalog().roleIds().size())
                    + " occupations fit you, and how well. " + (session.quick() ? "It stops once your best ones are "
                    + "settled, usually after 30 to 60 questions" : session.progress().total() + " questions")
                    + "; there are no right answers.");
        }
        setAside.ifPresent(k -> ui.println(style.dim("The quiz you had started is kept in " + k + ".")));
        Object lock = new Object();
        BufferedReader in = new BufferedReader(new InputStreamReader(context.in(), CliContext.outputCharset()));
        TerminalQuiz quiz = new TerminalQuiz(session, in, ui, style, saved,
                q -> q.dimension() == null ? q.skill() != null ? "skills" : "education and experience"
                        : scorer.bank().dimension(q.dimension()).map(d -> q.versus() != null ? d.family().label()
                        : d.name()).orElse(q.dimension().value()), lock, resumeCommand(), context.width());
        BiConsumer<Progress, Boolean> announce = (p, wrote) -> {
            ui.println();
            ui.println(wrote ? resumeHint(saved, p) : "Nothing answered, so nothing saved." + (saved.exists()
                    ? " The quiz saved before is still at " + saved.file() + "; carry on with it: "
                    + resumeCommand() : ""));
        };
        Thread onInterrupt = new Thread(() -> {
            try {
                quiz.suspend(announce);
            } catch (IOException | RuntimeException e) {
                err().println("careerfit: could not save the quiz: " + ErrorReporter.describe(e));
                err().flush();
            }
        }, "careerfit-save-quiz");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        Path answers = saved.answersFile();
        Optional<Path> earlier;
        try {
            try {
                if (quiz.run() != TerminalQuiz.Outcome.FINISHED) {
                    quiz.suspend(announce);
                    return ExitCodes.OK;
                }
            } finally {
                removeHook(onInterrupt);
            }
            earlier = saved.keepAnswers(session.answers());
        } catch (IOException e) {
            throw new CareerfitException(ErrorReporter.describe(e) + "; " + (saved.exists()
                    ? "the quiz as last saved is kept: carry on with '" + resumeCommand() + "' once that is put right"
                    : "nothing was saved: start again with '" + context.command() + " quiz" + session()
                    + "' once that is put right"), e);
        }
        saved.delete();
        ui.println();
        ui.println(style.dim("Your answers are in " + answers + "; see this report again with: " + context.command()
                + " score --answers " + answers));
        earlier.ifPresent(kept -> ui.println(style.dim("The answers you saved there before are now in " + kept + ".")));
        ui.println();
        RoleId asked = role != null ? RoleId.of(context.requireRole(role)) : session.role().orElse(null);
        Person person = scorer.person(session.answers());
        Ranking ranking = scorer.rank(person, RankingRequest.top(SHOWN));
        FitReport report = asked == null ? null : scorer.report(person, asked);
        List<FitReport> top = ReportOptions.json(format) ? List.of() : ReportOptions.best(scorer, person, ranking);
        ReportOptions.emit(format, context, out, ranking, report, top, details);
        return ExitCodes.OK;
    }

    private QuizSession start(SavedQuiz saved, FitScorer scorer) throws IOException {
        if (resume) {
            if (!saved.exists()) {
                throw new CareerfitException("no saved quiz at " + saved.file() + "; start one with: " + context.command()
                        + " quiz");
            }
            try {
                return saved.resume(scorer);
            } catch (CareerfitException | IOException e) {
                throw new CareerfitException(ErrorReporter.describe(e) + "; the saved quiz cannot be carried on: start "
                        + "again with '" + context.command() + " quiz --restart" + session() + "', which keeps it in "
                        + saved.folder().resolve(SavedQuiz.HISTORY_FOLDER), e);
            }
        }
        if (saved.exists() && !restart) {
            throw new CareerfitException("a saved quiz is waiting at " + saved.file()
                    + ": carry on with '" + resumeCommand() + "', or start again with '" + context.command()
                    + " quiz --restart" + session() + "'");
        }
        return QuizSession.builder(scorer).role(role == null ? null : RoleId.of(context.requireRole(role))).quick(!full)
                .start();
    }

    private String resumeHint(SavedQuiz saved, Progress p) {
        return "Saved your progress (" + p.answered() + " answered) to " + saved.file() + "."
                + System.lineSeparator() + "Carry on with: " + resumeCommand();
    }

    private String resumeCommand() {
        return context.command() + " quiz --resume" + session();
    }

    /** The --session option as given, for commands the messages suggest. */
    private String session() {
        return sessionFile != null ? " --session " + sessionFile : "";
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (Ctrl-C): the hook is running and saves the quiz.
        }
    }
}
