package dev.careerfit.cli;

import dev.careerfit.CareerfitException;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.InterestProfilerResult;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import dev.careerfit.report.Report;
import dev.careerfit.report.TextLines;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.RoleId;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careerfit score}: the results for answers given in a file or as Interest Profiler results. */
@Command(name = "score", description = {"Score answers without asking questions: your best occupations out of all of "
        + "them, and with --role where that role stands and why. Answers come from a file (JSON or YAML, as the quiz "
        + "saves it), from O*NET Interest Profiler results, or both."})
final class ScoreCommand extends CliCommand {
    /** Occupations listed in text when no --limit is given. */
    static final int SHOWN = 10;

    @Option(names = {"-a", "--answers"}, paramLabel = "FILE",
            description = "The answers file, e.g. ~/.careerfit/answers.json.")
    Path answersFile;

    @Option(names = "--interest-profiler", paramLabel = "RESULTS", description = "O*NET Interest Profiler (Short "
            + "Form) results: the 60-digit answer string (each 1-5, items in the Profiler's order R R I I A A S S E E "
            + "C C, five times), or the six area scores 0-40 as R,I,A,S,E,C, e.g. 12,38,10,15,5,30.")
    String interestProfiler;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE",
            description = "Also report on this role: its rank among all, score and interval, and why "
                    + "(default: the role the answers name, if any).")
    String role;

    @Option(names = "--all", description = "Rank every occupation; with text output, --limit says how many to show.")
    boolean all;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "How many of the best occupations to list "
            + "(default " + SHOWN + "; with --all and --json, every one).")
    Integer limit;

    @Option(names = "--without-deal-breakers", description = "Leave out occupations that have any of your "
            + "deal-breakers (a work factor you strongly dislike, care about, and the occupation has much of); their "
            + "ranks stay as they are among all occupations.")
    boolean withoutDealBreakers;

    @Option(names = "--details", description = ReportOptions.DETAILS)
    boolean details;

    @ArgGroup(exclusive = true)
    ReportOptions format;

    ScoreCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        // The role first: an unknown one is the mistake to report, whatever else is missing.
        RoleId named = role != null ? RoleId.of(context.requireRole(role)) : null;
        if (answersFile == null && interestProfiler == null) {
            throw usage("give answers to score: --answers FILE, --interest-profiler RESULTS, or both");
        }
        if (limit != null && limit < 1) {
            throw usage("--limit must be at least 1, was " + limit);
        }
        InterestProfilerResult profiler;
        try {
            profiler = interestProfiler == null ? null : interestProfiler(interestProfiler);
        } catch (CareerfitException e) {
            throw usage(e.getMessage());
        }
        ReportOptions.check(format, answersFile == null ? List.of() : List.of(answersFile));
        FitScorer scorer = context.scorer();
        Answers read = answersFile != null ? QuizJson.readAnswers(answersFile, scorer)
                : Answers.builder(scorer.bank()).build();
        Answers answers = interestProfiler == null ? read : read.withInterestProfiler(profiler);
        RoleId asked = named != null ? named : all ? null : answers.role().orElse(null);
        int shown = limit != null ? limit : all && ReportOptions.json(format) ? Integer.MAX_VALUE : SHOWN;
        // Checked once; the scores it keeps serve the reports too.
        Person person = scorer.person(answers);
        RankingRequest.Builder request = RankingRequest.builder().limit(shown);
        if (withoutDealBreakers) {
            request.withoutDealBreakers();
        }
        Ranking ranking = scorer.rank(person, request.build());
        FitReport report = asked == null ? null : scorer.report(person, asked);
        List<FitReport> top = all || ReportOptions.json(format) ? List.of() : ReportOptions.best(scorer, person, ranking);
        ReportOptions.write(format, context, out(), new Report.FitResults(ranking, report, top, context.catalog()),
                details);
        if (ReportOptions.text(format)) {
            out().println();
            String hint = (ranking.roles().size() < ranking.scored() ? "--limit N lists more, " : "")
                    + (details ? "" : "--details shows every figure, ") + "--html FILE gives a page to print.";
            TextLines.wrap(hint, context.width()).forEach(l -> out().println(context.style().dim(l)));
        }
        return ExitCodes.OK;
    }

    /** The 60-digit answer string, or six comma-separated area scores in RIASEC order. */
    static InterestProfilerResult interestProfiler(String text) {
        String s = text.strip();
        try {
            if (s.contains(",")) {
                String[] parts = s.split(",");
                if (parts.length != 6) {
                    throw new IllegalArgumentException("give six area scores as R,I,A,S,E,C, found " + parts.length);
                }
                Map<InterestArea, Integer> scores = new EnumMap<>(InterestArea.class);
                for (int i = 0; i < 6; i++) {
                    try {
                        scores.put(InterestArea.values()[i], Integer.parseInt(parts[i].strip()));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("score " + (i + 1) + " ('" + parts[i].strip()
                                + "') is not a whole number from 0 to 40");
                    }
                }
                return InterestProfilerResult.ofScores(scores);
            }
            return InterestProfilerResult.parse(s);
        } catch (IllegalArgumentException e) {
            throw new CareerfitException("--interest-profiler: " + e.getMessage());
        }
    }
}
