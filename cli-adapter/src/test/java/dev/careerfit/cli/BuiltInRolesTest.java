package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** roles, role and salary on the built-in providers, as a new user first sees them. */
@Tag("national")
class BuiltInRolesTest {
    @TempDir
    Path home;

    @Test
    void rolesListsTheBuiltInRoles() {
        CliRun.Result r = new CliRun(home).run("roles");

        assertThat(r.out()).containsPattern("ai-engineer\\s+AI Engineer")
                .containsPattern("data-scientist\\s+Data Scientist")
                .containsPattern("ml-engineer\\s+Machine Learning Engineer\\s+bls, glassdoor, ml-survey, career-guides")
                .containsPattern("15-2051.00\\s+Data Scientists\\s+bls-ep, bls-oews, onet")
                .contains("1,019 roles from 7 providers");
    }

    @Test
    void roleShowsEverySalaryValueOfTheDisputedGroupAndWhichWasChosen() {
        CliRun.Result r = new CliRun(home).run("role", "ml-engineer");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Machine Learning Engineer  (ml-engineer)")
                .contains("salary in US (USD)  [disputed: 2 of 3 values differ on amount]")
                .as("Glassdoor's $110,000 to $150,000 holds both means").contains("range $110,000 to $150,000 a year "
                        + "(base pay)  (agrees with every other value)")
                .contains("why this one: chose U.S. Bureau of Labor Statistics, cited in 001_cdb3b6ab2d3ae448.txt by "
                        + "policy 'authoritative-source-first': official statistics before a survey")
                .contains("mean $112,430 a year; mean $54.05 an hour  (chosen)")
                .contains("(chosen)", "U.S. Bureau of Labor Statistics", "Glassdoor", "why this one:")
                .contains("Job outlook", "Skills the sources name", "What the work is like");
    }

    @Test
    void salaryShowsTheUsFiguresHourlyToo() {
        CliRun.Result annual = new CliRun(home).run("salary", "ml-engineer", "--location", "US");
        CliRun.Result hourly = new CliRun(home).run("salary", "ml-engineer", "--period", "hourly");

        assertThat(annual.out()).contains("a year", "Compared (USD, annual)");
        assertThat(hourly.out()).contains("an hour", "Compared (USD, hourly)", "mean $54.05 an hour  (chosen)")
                .as("every figure per hour; the notes may quote the source's yearly words")
                .doesNotContainPattern("(?m)^ {2,6}[* ]*(salary in [^:]*: )?(mean|median|range)[^\\n]*\\d a year");
    }

    @Test
    void sourcesShowsTheSevenBuiltInProviders() {
        CliRun.Result r = new CliRun(home).run("sources");

        assertThat(r.out()).contains("Providers (7 loaded)", "bls", "glassdoor", "ml-survey", "career-guides",
                "onet", "bls-oews", "bls-ep", "Failed to load (0)");
    }
}
