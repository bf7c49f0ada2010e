package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.catalog.FactGroup;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.role.ElementRating;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careerfit role}: each figure cites a numbered reference with what is particular to it (period, where,
 * sample size, note), and the sources are listed once at the end, in full, so that two sources of one publisher
 * read apart, and a note several figures share is written once.
 */
@Tag("national")
class RoleReferencesTest {
    private static final Pattern MARK = Pattern.compile("\\[(\\d+)([a-z]*)]");

    @TempDir
    static Path home;

    static CareerCatalog catalog;

    @BeforeAll
    static void catalog() {
        catalog = CareerCatalog.builder().build();
    }

    static String role(String id) {
        CliRun.Result r = new CliRun(home).run("role", id, "--details");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    static String sources(String out) {
        int at = out.lastIndexOf("\nSources");
        assertThat(at).as("a Sources section").isPositive();
        return out.substring(at);
    }

    @Test
    void everyMarkCitedIsListedUnderSources() {
        String out = role("ml-engineer");
        String body = out.substring(0, out.lastIndexOf("\nSources"));
        String sources = sources(out);

        Set<String> cited = new LinkedHashSet<>();
        Matcher m = MARK.matcher(body);
        while (m.find()) {
            cited.add(m.group());
        }
        assertThat(cited).isNotEmpty().allSatisfy(mark -> assertThat(sources).contains("  " + mark + " "));
    }

    @Test
    void twoSourcesOfOnePublisherReadApartByTitleAndRelease() {
        CareerRole role = catalog.requireRole("ml-engineer");
        // The guide's BLS figures and, through the linked occupations, the OEWS May 2024 wages: one publisher.
        List<Source> bls = catalog.sources().stream()
                .filter(s -> s.publisher().equals("U.S. Bureau of Labor Statistics")).toList();
        assertThat(bls).hasSizeGreaterThan(1);

        String sources = sources(role("ml-engineer")).replaceAll("\\s+", " ");

        // Named as their publishers title them, never by the providers' ids.
        for (String provider : role.providers()) {
            assertThat(sources).doesNotContain("[" + provider + "]", "provider " + provider);
        }
        assertThat(bls).filteredOn(s -> sources.contains(s.publisher() + ", " + s.title()))
                .hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(sources).contains(s.publisher() + ", " + s.title()
                        + (s.release() == null ? "" : ", " + s.release())));
    }

    @Test
    void everyNoteIsShownAndANoteSharedByFiguresOfOneSourceOnlyOnce() {
        CareerRole role = catalog.requireRole("ml-engineer");
        String out = role("ml-engineer").replaceAll("\\s+", " ");
        String sources = sources(role("ml-engineer")).replaceAll("\\s+", " ");

        Set<String> notes = new LinkedHashSet<>();
        for (FactGroup<?> g : role.allGroups()) {
            g.values().forEach(v -> {
                if (v.provenance().note() != null) {
                    notes.add(v.provenance().note());
                }
            });
        }
        assertThat(notes).allSatisfy(note -> assertThat(out).contains(note.replaceAll("\\s+", " ")));
        // The guides' reading of skill levels is a note on many figures; each guide's is listed once.
        String skillNote = "The guide names the skill without a level";
        long guidesWithIt = role.allGroups().stream().flatMap(g -> g.values().stream()).map(v -> v.provenance())
                .filter(p -> p.note() != null && p.note().startsWith(skillNote)).map(Provenance::citedIn).distinct().count();
        assertThat(guidesWithIt).isGreaterThan(1);
        assertThat(count(out, skillNote)).isEqualTo(guidesWithIt);
        assertThat(count(sources, skillNote)).isEqualTo(guidesWithIt);
    }

    @Test
    void sampleSizesAndPrecisionStayWithEachFigure() {
        // O*NET 30.1 Skills.txt publishes N, the standard error and a 95% interval for each rating.
        CareerRole role = catalog.requireRole("15-1252.00");
        FactGroup<ElementRating> rating = role.groups(FactKinds.SKILL_RATING).get(0);
        Integer n = rating.chosen().provenance().quality().sampleSize();
        assertThat(n).isNotNull();

        String out = role("15-1252.00");

        assertThat(out.replaceAll("\\s+", " ")).contains(rating.text() + " [")
                .contains("rated by " + n + " respondents, 95% likely between ")
                .contains("O*NET Database, " + rating.chosen().provenance().source().release());
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
