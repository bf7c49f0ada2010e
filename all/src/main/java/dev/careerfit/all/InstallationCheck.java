package dev.careerfit.all;

import dev.careerfit.Api;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.ProviderFailure;
import dev.careerfit.catalog.ProviderInfo;
import dev.careerfit.catalog.RoleSummary;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.report.FitEstimate;
import java.io.PrintStream;

/**
 * Prints what careerfit finds on this class path or module path: the providers that loaded, the roles
 * they define (those the quiz scores by name), any that failed, and a sample fit from the quiz engine. Run it to check an installation:
 * {@code java -p <jars> -m dev.careerfit.all/dev.careerfit.all.InstallationCheck}. Exits 1 when a
 * provider failed.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public final class InstallationCheck {
    private InstallationCheck() {}

    public static void main(String[] args) {
        System.exit(run(System.out));
    }

    /** Prints the check to {@code out}; returns 0 when every provider loaded, 1 otherwise. */
    public static int run(PrintStream out) {
        CareerCatalog catalog = CareerCatalog.builder().classLoader(InstallationCheck.class.getClassLoader()).build();
        Module module = InstallationCheck.class.getModule();
        out.println("careerfit on the " + (module.isNamed() ? "module path (" + module.getName() + ")" : "class path"));
        for (ProviderInfo p : catalog.providers()) {
            out.println("provider " + p.id() + " (priority " + p.priority() + ", " + p.roleCount() + " roles)");
        }
        out.println(catalog.size() + " roles; " + catalog.conflicts().size() + " disagreements between sources");
        for (RoleSummary r : catalog.rolesWith(FactKinds.FACTOR)) {
            out.println("role " + r.id() + ": " + r.title() + " (" + r.providers().size() + " providers)");
        }
        catalog.failures().stream().map(ProviderFailure::describe).forEach(f -> out.println("FAILED " + f));
        if (!catalog.rolesWith(FactKinds.FACTOR).isEmpty()) {
            FitScorer scorer = FitScorers.create(catalog);
            Answers.Builder agreeable = Answers.builder(scorer.bank());
            scorer.bank().questions().stream().filter(q -> q.kind() == QuestionKind.AGREEMENT)
                    .forEach(q -> agreeable.answer(q.id(), 4));
            FitEstimate fit = scorer.report(scorer.person(agreeable.build()), catalog.rolesWith(FactKinds.FACTOR).get(0).id())
                    .estimate();
            out.println("question bank " + scorer.bank().id() + " " + scorer.bank().version() + ": "
                    + scorer.bank().questions().size() + " questions; someone who agrees with everything scores "
                    + fit.role() + " at " + Math.round(fit.score()));
        }
        out.println("failures: " + catalog.failures().size());
        return catalog.failures().isEmpty() ? 0 : 1;
    }
}
