package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.FitScorers;
import dev.careerfit.quiz.bank.QuestionBank;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careerfit questions}: the bank for people, and as JSON for tools that build answers files. */
@Tag("national")
class QuestionsCommandTest {
    @TempDir
    Path home;

    @Test
    void jsonListsEveryDimensionAndEveryQuestionWithItsOptions() throws Exception {
        QuestionBank bank = FitScorers.create(CareerCatalog.builder().build()).bank();

        CliRun.Result r = new CliRun(home).run("questions", "--json");
        JsonNode listing = new ObjectMapper().readTree(r.out());

        assertThat(r.exitCode()).isZero();
        assertThat(listing.get("format").asText()).isEqualTo("careerfit-question-listing/2");
        assertThat(listing.get("version").asText()).isEqualTo(bank.version());
        assertThat(listing.get("dimensions")).hasSize(bank.dimensions().size());
        assertThat(listing.get("questions")).hasSize(bank.questions().size());
        assertThat(listing.get("questions").get(0).get("options")).hasSize(5);
    }

    @Test
    void textGroupsTheQuestionsByFamilyWithTheirIds() {
        CliRun.Result r = new CliRun(home).run("questions");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Interests", "Work values", "Pros and cons", "Readiness", "investigative.1",
                "values.", "pay.importance", "education.highest", "(against it)");
    }
}
