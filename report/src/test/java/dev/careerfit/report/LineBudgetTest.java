package dev.careerfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.market.PayPeriod;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.Person;
import dev.careerfit.quiz.RankingRequest;
import dev.careerfit.quiz.bank.Question;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.report.FitReport;
import dev.careerfit.quiz.report.Ranking;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every page with a line budget keeps to it with any role of the built-in catalog (O*NET 30.1, OEWS May 2024, EP
 * 2024-34 and the guides' roles; docs/formats.md, "Line budgets"): the role page and the pay (a year and an hour) of
 * each of them, and the
 * quiz results asking about each, for the documented example answers and a random answer set. Written in-process
 * as a pipe gets them (80 columns), as {@code careerfit role ID}, {@code careerfit salary ID} and {@code careerfit
 * score --answers FILE --role ID} print them before their closing hint.
 */
@Tag("national")
class LineBudgetTest {
    static final Path EXAMPLE = Path.of(System.getProperty("careerfit.docs", "../docs"),
            "example-answers-ml-engineer.json");
    static CareerCatalog catalog;
    static FitScorer scorer;

    @BeforeAll
    static void catalog() {
        catalog = CareerCatalog.builder().build();
        scorer = FitScorers.create(catalog);
    }

    static int lines(Report report) throws IOException {
        return (int) ReportFormatsTest.write("text", report, ReportSettings.defaults()).lines().count();
    }

    @Test
    void everyRolePageKeepsToItsBudget() throws IOException {
        Map<String, Integer> over = new TreeMap<>();
        int longest = 0;
        for (CareerRole role : roles()) {
            int n = lines(new Report.Role(role, catalog));
            longest = Math.max(longest, n);
            if (n > LineBudgets.ROLE) {
                over.put(role.id().value(), n);
            }
        }
        assertThat(over).as("role pages over %d lines", LineBudgets.ROLE).isEmpty();
        assertThat(longest).as("the longest role page has something to keep short").isGreaterThan(40);
    }

    @Test
    void everyRolesPayKeepsToItsBudget() throws IOException {
        Map<String, Integer> over = new TreeMap<>();
        int pages = 0;
        for (CareerRole role : roles()) {
            if (role.groups(FactKinds.SALARY).isEmpty()) {
                continue;
            }
            pages++;
            // Hourly too: figures converted by careerfit say so, which makes the page longer.
            for (SalaryRequest request : List.of(SalaryRequest.everywhere(), SalaryRequest.of(null, PayPeriod.HOURLY))) {
                int n = lines(Report.Salary.of(role, request));
                if (n > LineBudgets.SALARY) {
                    over.put(role.id().value() + " " + request.period(), n);
                }
            }
        }
        assertThat(over).as("pay pages over %d lines", LineBudgets.SALARY).isEmpty();
        assertThat(pages).as("roles with pay figures (OEWS May 2024 gives most occupations one)").isGreaterThan(700);
    }

    @Test
    void theResultsAskingAboutAnyRoleKeepToTheirBudget() throws IOException {
        List<Answers> people = new ArrayList<>(List.of(QuizJson.readAnswers(EXAMPLE, scorer)));
        for (long seed = 1; seed <= 1; seed++) {
            people.add(random(new Random(seed)));
        }
        Map<String, Integer> over = new TreeMap<>();
        for (int p = 0; p < people.size(); p++) {
            Person person = scorer.person(people.get(p));
            Ranking ranking = scorer.rank(person, RankingRequest.top(10));
            List<FitReport> best = ranking.roles().stream().filter(e -> e.score() != null).limit(3)
                    .map(e -> scorer.report(person, e.role())).toList();
            for (CareerRole role : roles()) {
                FitReport asked = scorer.report(person, role.id());
                int n = lines(new Report.FitResults(ranking, asked, best, catalog));
                if (n > LineBudgets.FIT) {
                    over.put("person " + p + " asking about " + role.id().value(), n);
                }
            }
        }
        assertThat(over).as("results over %d lines", LineBudgets.FIT).isEmpty();
    }

    /** A page over its budget says what it left out, and --details gives it back. */
    @Test
    void aLongRolePageNamesWhatDetailsAdds() throws IOException {
        Report role = new Report.Role(catalog.requireRole("ml-engineer"), catalog);
        String shortView = ReportFormatsTest.write("text", role, ReportSettings.defaults());
        String details = ReportFormatsTest.write("text", role, ReportSettings.defaults().withDetails(true));

        assertThat(shortView.lines().count()).isLessThanOrEqualTo(LineBudgets.ROLE);
        assertThat(shortView).contains("Left out to keep this page short (--details): related occupations;")
                .doesNotContain("\nRelated occupations\n")
                .as("a guide's role keeps the occupations it is linked to and where its figures differ")
                .contains("\nOccupations it is linked to\n", "\nWhere its figures differ from the linked occupations'\n");
        assertThat(details).contains("\nRelated occupations\n").doesNotContain("Left out to keep");
    }

    private static List<CareerRole> roles() {
        return catalog.roles().stream().map(s -> catalog.role(s.id()).orElseThrow())
                .sorted(Comparator.comparing(r -> r.id().value())).toList();
    }

    /** Answers to most questions, each option as likely as another, some left out. */
    private static Answers random(Random rng) {
        Answers.Builder b = Answers.builder(scorer.bank());
        for (Question q : scorer.bank().questions()) {
            if (rng.nextDouble() < 0.8) {
                b.answer(q.id(), q.options().get(rng.nextInt(q.options().size())).value());
            }
        }
        return b.build();
    }
}
