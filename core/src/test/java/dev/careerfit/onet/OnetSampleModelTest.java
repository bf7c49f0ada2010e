package dev.careerfit.onet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.CareerRole;
import dev.careerfit.education.EducationDistribution;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.JobZone;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.ReferencePeriod;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.StatisticQuality;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.InterestProfile;
import dev.careerfit.role.OccupationCode;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.Rating;
import dev.careerfit.role.RatingScale;
import dev.careerfit.role.RelatedRole;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.role.Skill;
import dev.careerfit.role.SkillCategory;
import dev.careerfit.role.SkillId;
import dev.careerfit.role.SkillRequirement;
import dev.careerfit.role.Task;
import dev.careerfit.role.TaskKind;
import dev.careerfit.role.Tool;
import dev.careerfit.role.WorkValue;
import dev.careerfit.role.WorkValueProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The domain model holds O*NET data as published: skills rated for importance (1-5) and level (0-7)
 * with sample size, standard error and confidence bounds; the six interests and six work values;
 * the job zone; the education distribution over twelve levels; tasks, titles, related occupations and
 * technology. The rows are those of 15-2041.00 (Statisticians) in shared/onet-sample, copied to
 * src/test/resources/onet. A real O*NET provider is a later issue; this mapping is only the proof.
 */
class OnetSampleModelTest {
    private static final Source ONET = new Source(SourceId.of("onet-30-1"), "U.S. Department of Labor, ETA",
            "O*NET 30.1 Database", SourceKind.OFFICIAL_STATISTICS, URI.create("https://www.onetcenter.org/database.html"),
            "CC BY 4.0");

    @Test
    void holdsAnOnetOccupationWithoutLosingItsRatingsOrTheirPrecision() {
        RoleProfile statisticians = readStatisticians();

        assertThat(statisticians.skills()).hasSize(35);
        SkillRequirement maths = statisticians.skills().stream().map(Sourced::value)
                .filter(s -> s.skill().name().equals("Mathematics")).findFirst().orElseThrow();
        assertThat(maths.importance().scale()).isEqualTo(RatingScale.ONET_IMPORTANCE);
        assertThat(maths.level().scale()).isEqualTo(RatingScale.ONET_LEVEL);
        assertThat(maths.importance().quality().sampleSize()).isPositive();
        assertThat(maths.importance().quality().standardError()).isNotNull();
        assertThat(maths.proficiency()).isEqualTo(Proficiency.fromOnetLevel(maths.level().value()));

        assertThat(statisticians.interests()).singleElement()
                .satisfies(p -> assertThat(p.value().ratings()).hasSize(6)
                        .hasEntrySatisfying(InterestArea.INVESTIGATIVE, r -> assertThat(r.value()).isEqualTo(6.63)));
        assertThat(statisticians.workValues()).singleElement()
                .satisfies(p -> assertThat(p.value().ratings()).hasSize(6).containsKey(WorkValue.ACHIEVEMENT));
        assertThat(statisticians.jobZones()).singleElement().extracting(Sourced::value).isEqualTo(new JobZone(5));
        EducationDistribution education = statisticians.educationDistributions().get(0).value();
        assertThat(education.percentByLevel()).hasSize(12);
        assertThat(education.mostCommon()).isPresent();
        assertThat(statisticians.tasks()).extracting(t -> t.value().kind()).contains(TaskKind.CORE);
        assertThat(statisticians.tools()).anySatisfy(t -> assertThat(t.value().inDemand()).isTrue());
        assertThat(statisticians.relatedRoles()).extracting(RelatedRole::role).contains(RoleId.of("onet.15-2051.00"));
    }

    @Test
    void anOnetOccupationLoadsIntoTheCatalogLikeAnyRole() {
        RoleProfile statisticians = readStatisticians();
        CareerDataProvider onet = new CareerDataProvider() {
            @Override
            public String id() {
                return "onet-sample";
            }

            @Override
            public List<Source> sources() {
                return List.of(ONET);
            }

            @Override
            public List<RoleProfile> roles() {
                return List.of(statisticians);
            }
        };

        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false).addProvider(onet).build();

        CareerRole role = catalog.requireRole("onet.15-2041.00");
        assertThat(catalog.failures()).isEmpty();
        assertThat(role.title()).isEqualTo("Statisticians");
        assertThat(role.codes()).containsExactly(new OccupationCode("O*NET-SOC", "15-2041.00"));
        assertThat(role.skills()).hasSize(35);
        assertThat(catalog.warnings()).anySatisfy(w -> assertThat(w).contains("onet.15-2051.00"));
    }

    private static RoleProfile readStatisticians() {
        Map<String, String> occupation = read("occupation-data.txt").get(0);
        RoleProfile.Builder b = RoleProfile.builder(roleId(occupation.get("O*NET-SOC Code")))
                .title(occupation.get("Title")).summary(occupation.get("Description"))
                .code(new OccupationCode("O*NET-SOC", occupation.get("O*NET-SOC Code")));

        Map<String, Map<String, Map<String, String>>> skillRows = new LinkedHashMap<>();
        for (Map<String, String> row : read("skills.txt")) {
            skillRows.computeIfAbsent(row.get("Element ID"), k -> new LinkedHashMap<>()).put(row.get("Scale ID"), row);
        }
        skillRows.forEach((element, byScale) -> {
            Map<String, String> im = byScale.get("IM");
            Map<String, String> lv = byScale.get("LV");
            Rating level = rating(lv, RatingScale.ONET_LEVEL);
            Skill skill = new Skill(SkillId.of("onet." + element.toLowerCase(Locale.ROOT)), im.get("Element Name"),
                    SkillCategory.GENERAL, null);
            b.skill(sourced(new SkillRequirement(skill, Proficiency.fromOnetLevel(level.value()),
                    rating(im, RatingScale.ONET_IMPORTANCE), level, null), im.get("Date")));
        });

        Map<InterestArea, Rating> interests = new EnumMap<>(InterestArea.class);
        read("interests.txt").stream().filter(r -> r.get("Scale ID").equals("OI")).forEach(r -> interests.put(
                InterestArea.valueOf(r.get("Element Name").toUpperCase(Locale.ROOT)), rating(r, RatingScale.ONET_INTEREST)));
        b.interests(sourced(new InterestProfile(interests), "11/2023"));

        Map<WorkValue, Rating> values = new EnumMap<>(WorkValue.class);
        read("work-values.txt").stream().filter(r -> r.get("Scale ID").equals("EX")).forEach(r -> values.put(
                WorkValue.valueOf(r.get("Element Name").toUpperCase(Locale.ROOT).replace(' ', '_')),
                rating(r, RatingScale.ONET_EXTENT)));
        b.workValues(sourced(new WorkValueProfile(values), "06/2008"));

        Map<String, String> zone = read("job-zones.txt").get(0);
        b.jobZone(sourced(new JobZone(Integer.parseInt(zone.get("Job Zone"))), zone.get("Date")));

        Map<EducationLevel, Double> percent = new EnumMap<>(EducationLevel.class);
        Map<EducationLevel, StatisticQuality> quality = new EnumMap<>(EducationLevel.class);
        read("education-training-experience.txt").stream().filter(r -> r.get("Scale ID").equals("RL")).forEach(r -> {
            EducationLevel level = EducationLevel.ofOnetCategory(Integer.parseInt(r.get("Category")));
            percent.put(level, Double.parseDouble(r.get("Data Value")));
            quality.put(level, quality(r));
        });
        b.educationDistribution(sourced(new EducationDistribution(percent, quality), "08/2024"));

        read("task-statements.txt").forEach(r -> b.task(sourced(new Task(r.get("Task"),
                r.get("Task Type").equals("Core") ? TaskKind.CORE : TaskKind.SUPPLEMENTAL), r.get("Date"))));
        read("alternate-titles.txt").forEach(r -> b.alternateTitle(r.get("Alternate Title")));
        read("related-occupations.txt").forEach(r -> b.relatedRole(new RelatedRole(
                roleId(r.get("Related O*NET-SOC Code")), r.get("Relatedness Tier"))));
        read("technology-skills.txt").forEach(r -> b.tool(sourced(new Tool(r.get("Example"), r.get("Commodity Title"),
                r.get("Hot Technology").equals("Y")), "12/2025")));
        return b.build();
    }

    private static RoleId roleId(String socCode) {
        return RoleId.of("onet." + socCode);
    }

    private static <T> Sourced<T> sourced(T value, String date) {
        int year = Integer.parseInt(date.substring(date.indexOf('/') + 1));
        return Sourced.of(value, Provenance.of(ONET).withReferencePeriod(ReferencePeriod.year(year)));
    }

    private static Rating rating(Map<String, String> row, RatingScale scale) {
        return new Rating(Double.parseDouble(row.get("Data Value")), scale, row.containsKey("N") ? quality(row) : null);
    }

    private static StatisticQuality quality(Map<String, String> row) {
        return new StatisticQuality(intOrNull(row.get("N")), doubleOrNull(row.get("Standard Error")),
                doubleOrNull(row.get("Lower CI Bound")), doubleOrNull(row.get("Upper CI Bound")),
                "Y".equals(row.get("Recommend Suppress")) ? Boolean.TRUE
                        : "N".equals(row.get("Recommend Suppress")) ? Boolean.FALSE : null);
    }

    private static Integer intOrNull(String s) {
        return s == null || s.equals("n/a") ? null : Integer.valueOf(s);
    }

    private static Double doubleOrNull(String s) {
        return s == null || s.equals("n/a") ? null : Double.valueOf(s);
    }

    /** O*NET's text layout: tab-separated, CRLF, header on line 1. */
    private static List<Map<String, String>> read(String file) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                OnetSampleModelTest.class.getResourceAsStream("/onet/" + file), file), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split("\t");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].strip(), i < cells.length ? cells[i].strip() : null);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
