package dev.careerfit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careerfit.CareerfitException;
import dev.careerfit.catalog.CareerCatalog;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The formats behind one abstraction: picked by id, each writing the same page (its words, figures and numbered
 * sources) its own way; JSON names each source once.
 */
@Tag("national")
class ReportFormatsTest {
    static CareerCatalog catalog;

    @BeforeAll
    static void catalog() {
        catalog = CareerCatalog.builder().build();
    }

    static String write(String format, Report report, ReportSettings settings) throws IOException {
        StringBuilder out = new StringBuilder();
        ReportFormats.builtIn().require(format).write(report, settings, out);
        return out.toString();
    }

    @Test
    void theFormatsArePickedByIdAndAnUnknownOneNamesThoseThereAre() {
        assertThat(ReportFormats.builtIn().ids()).containsExactly("text", "html", "markdown", "json");
        assertThatThrownBy(() -> ReportFormats.builtIn().require("pdf")).isInstanceOf(CareerfitException.class)
                .hasMessage("no report format 'pdf'; use one of text, html, markdown, json");
    }

    /** Markdown is one class and one line of ReportFormats: the same page, in Markdown's marks. */
    @Test
    void markdownWritesTheSamePageAsTextInItsOwnMarks() throws IOException {
        Report role = new Report.Role(catalog.requireRole("15-2051.00"), catalog);
        String text = write("text", role, ReportSettings.defaults());
        String md = write("markdown", role, ReportSettings.defaults());

        assertThat(md).startsWith("# Data Scientists\n").contains("\n## At a glance\n", "\n## Sources\n",
                "- **Pay:** median pay $112,590 a year in the U.S., May 2024 [1]");
        assertThat(text).startsWith("Data Scientists\n").contains("\nAt a glance\n", "median pay $112,590 a year");
    }

    /**
     * Software Developers' page (O*NET 30.1, OEWS May 2024, EP 2024-34): 650 facts, each naming its source by id, and
     * each source written once under sources.
     */
    @Test
    void jsonNamesEachSourceOnceAndValuesReferToItById() throws IOException {
        String json = write("json", new Report.Role(catalog.requireRole("15-1252.00"), catalog),
                ReportSettings.defaults());
        JsonNode doc = new ObjectMapper().readTree(json);

        assertThat(doc.get("format").asText()).isEqualTo("careerfit-role/3");
        Set<String> ids = new HashSet<>();
        doc.get("sources").forEach(s -> assertThat(ids.add(s.get("id").asText())).as("once: " + s).isTrue());
        assertThat(doc.findValues("provenance")).hasSizeGreaterThan(600)
                .allSatisfy(p -> assertThat(ids).contains(p.get("source").asText()));
        // 1.2 MB with every source written out on every fact (careerfit-role/2); 0.70 MB with each source once.
        assertThat(json.length()).isLessThan(750_000);
    }

    @Test
    void htmlForTheWebAppIsAFragmentWithoutStylesOrScripts() throws IOException {
        String fragment = write("html", new Report.Role(catalog.requireRole("15-2051.00"), catalog),
                ReportSettings.defaults().withStandalone(false));

        assertThat(fragment).startsWith("<div class=\"careerfit-report\">").contains("<h1>Data Scientists</h1>",
                "<a href=\"/roles/15-2041.00\">Statisticians</a>")
                .doesNotContain("<html", "<style", "<script", "style=\"");
        assertThat(ReportFormats.htmlStylesheet()).contains(".careerfit-report", "@media print");
    }
}
