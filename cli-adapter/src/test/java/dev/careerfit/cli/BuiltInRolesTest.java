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
                .containsPattern("ml-engineer\\s+Machine Learning Engineer\\n")
                .containsPattern("15-2051.00\\s+Data Scientists\\n")
                .contains("1,019 occupations and roles in all");
    }

    @Test
    void roleShowsEverySalaryValueOfTheDisputedGroupAndWhichWasChosen() {
        CliRun.Result r = new CliRun(home).run("role", "ml-engineer", "--details");

        assertThat(r.exitCode()).isZero();
        String out = r.out().replaceAll("\\s+", " ");
        assertThat(out).contains("Machine Learning Engineer careerfit id ml-engineer")
                .contains("salary in US (USD): mean $112,430 a year; mean $54.05 an hour [1]")
                .as("Glassdoor's $110,000 to $150,000 holds both means").contains("range $110,000 to $150,000 a year "
                        + "(base pay) [3] (agrees with every other value)")
                .contains("Why this one: careerfit's rule \u201cauthoritative-source-first\u201d puts [1] first "
                        + "(official statistics before a survey).")
                .contains("chosen: mean $112,430 a year; mean $54.05 an hour [1]")
                .contains("U.S. Bureau of Labor Statistics", "Glassdoor")
                .contains("Job outlook", "Skills the sources name", "What the work is like")
                .as("the guide a value was cited in is named by its title, not its file")
                .doesNotContain("001_cdb3b6ab2d3ae448.txt").doesNotContainPattern("\\.txt\\b");
    }

    @Test
    void salaryShowsTheUsFiguresHourlyToo() {
        CliRun.Result annual = new CliRun(home).run("salary", "ml-engineer", "--location", "US");
        CliRun.Result hourly = new CliRun(home).run("salary", "ml-engineer", "--period", "hourly");

        assertThat(annual.out()).contains("a year", "In USD, a year");
        assertThat(hourly.out()).contains("an hour", "In USD, an hour", "Shown: From [1]")
                .containsPattern("mean\\s+\\$54.05")
                .as("every figure per hour; the notes may quote the source's yearly words")
                .doesNotContainPattern("(?m)\\d a year$");
    }

    @Test
    void sourcesShowsTheSevenBuiltInProviders() {
        CliRun.Result r = new CliRun(home).run("sources");

        assertThat(r.out()).contains("7 providers loaded", "U.S. Bureau of Labor Statistics", "Glassdoor", "O*NET",
                "BLS Employment Projections", "Failed to load (0)");
    }
}
