package dev.careerfit.provider.onet;

import static dev.careerfit.provider.onet.ReleaseFiles.number;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.education.CategoryDistribution;
import dev.careerfit.education.CategoryShare;
import dev.careerfit.education.EducationDistribution;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.fact.FactKind;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.provenance.Origin;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.provenance.StatisticQuality;
import dev.careerfit.role.ElementRating;
import dev.careerfit.role.RoleProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checks that a figure of a profile is the line of the release file it comes from, whatever the
 * release: the real O*NET 30.1 ({@link OnetFiguresTest}) or the synthetic one ({@link OnetSyntheticReleaseTest}).
 */
final class LineChecks {
    private LineChecks() {}

    /**
     * The rating of {@code element} on {@code scale}: its value, scale, precision and flags (where the
     * file has those columns) and its origin are those of its line in {@code file}.
     */
    static Sourced<ElementRating> ratingOf(RoleProfile profile, FactKind<ElementRating> kind, Path file, String code,
                                           String element, String scale) {
        Map<String, String> row = ReleaseFiles.row(file, "O*NET-SOC Code", code, "Element ID", element, "Scale ID",
                scale);
        Sourced<ElementRating> rating = ReleaseFiles.rating(profile, kind, element, scale);
        StatisticQuality q = rating.provenance().quality();

        assertThat(rating.value().element().name()).isEqualTo(row.get("Element Name"));
        assertThat(rating.value().rating().value()).isEqualTo(number(row.get("Data Value")));
        assertThat(rating.value().rating().scale().id()).isEqualTo(scale);
        if (row.containsKey("N")) {
            assertThat(q.sampleSize()).isEqualTo(Integer.valueOf(row.get("N")));
            assertThat(q.standardError()).isEqualTo(number(row.get("Standard Error")));
            assertThat(q.lowerBound()).isEqualTo(number(row.get("Lower CI Bound")));
            assertThat(q.upperBound()).isEqualTo(number(row.get("Upper CI Bound")));
            assertThat(q.suppressionAdvised()).isEqualTo(row.get("Recommend Suppress").equals("Y"));
            assertThat(rating.value().rating().quality()).isSameAs(q);
        } else {
            assertThat(q).as("a file without precision columns gives no precision").isNull();
        }
        assertThat(rating.provenance().origin()).isEqualTo(new Origin(file.getFileName().toString(),
                element + " " + row.get("Element Name"), scale + " " + rating.value().rating().scale().name(),
                row.get("Date"), row.get("Domain Source"), null));
        assertThat(rating.provenance().referencePeriod()).isEqualTo(year(row.get("Date")));
        return rating;
    }

    /** The required education: the share and precision of one level are those of its RL line. */
    static Sourced<EducationDistribution> educationOf(RoleProfile profile, Path file, String code,
                                                      EducationLevel level) {
        Map<String, String> row = ReleaseFiles.row(file, "O*NET-SOC Code", code, "Scale ID", "RL", "Category",
                Integer.toString(level.onetCategory()));
        Sourced<EducationDistribution> education = profile.facts(FactKinds.EDUCATION_DISTRIBUTION).get(0);
        StatisticQuality q = education.value().qualityByLevel().get(level);

        assertThat(education.value().percentByLevel()).hasSize(12);
        assertThat(education.value().percentByLevel().get(level)).isEqualTo(number(row.get("Data Value")));
        assertThat(q.sampleSize()).isEqualTo(Integer.valueOf(row.get("N")));
        assertThat(q.standardError()).isEqualTo(number(row.get("Standard Error")));
        assertThat(q.suppressionAdvised()).isEqualTo(row.get("Recommend Suppress").equals("Y"));
        assertThat(education.provenance().origin().element()).isEqualTo("2.D.1 Required Level of Education");
        return education;
    }

    /**
     * Experience and training: the three measures in O*NET's order, and one category of related work
     * experience (RW) with the share and sample of its line.
     */
    static CategoryShare experienceOf(RoleProfile profile, Path file, String code, int category) {
        Map<String, String> row = ReleaseFiles.row(file, "O*NET-SOC Code", code, "Scale ID", "RW", "Category",
                Integer.toString(category));
        var preparation = profile.facts(FactKinds.PREPARATION).stream().map(Sourced::value).toList();

        assertThat(preparation).extracting(CategoryDistribution::measure)
                .containsExactly("Related Work Experience", "On-Site or In-Plant Training", "On-the-Job Training");
        CategoryShare share = preparation.get(0).shares().stream().filter(s -> s.category() == category)
                .findFirst().orElseThrow();
        assertThat(share.percent()).isEqualTo(number(row.get("Data Value")));
        assertThat(share.quality().sampleSize()).isEqualTo(Integer.valueOf(row.get("N")));
        return share;
    }

    private static ReferencePeriod year(String date) {
        return ReferencePeriod.year(Integer.parseInt(date.substring(3)));
    }
}
