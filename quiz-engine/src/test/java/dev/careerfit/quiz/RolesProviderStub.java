package dev.careerfit.quiz;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.education.CareerPath;
import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.education.Expectation;
import dev.careerfit.education.PathStep;
import dev.careerfit.education.YearRange;
import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.InterestArea;
import dev.careerfit.role.InterestProfile;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.Rating;
import dev.careerfit.role.RatingScale;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.role.Skill;
import dev.careerfit.role.SkillCategory;
import dev.careerfit.role.SkillRequirement;
import dev.careerfit.role.WorkValue;
import dev.careerfit.role.WorkValueProfile;
import dev.careerfit.spi.CareerDataProvider;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A provider of hand-made roles, for tests that must not depend on the seed data. */
final class RolesProviderStub implements CareerDataProvider {
    static final Source GUIDE = new Source(SourceId.of("stub-guide"), "A Stub Guide", "Roles for tests",
            SourceKind.EDITORIAL, URI.create("https://example.org/guide"), null);

    private final List<RoleProfile> roles;
    private final List<WorkFactor> factors;

    RolesProviderStub(List<RoleProfile> roles) {
        this(roles, List.of());
    }

    RolesProviderStub(List<RoleProfile> roles, List<WorkFactor> factors) {
        this.roles = List.copyOf(roles);
        this.factors = List.copyOf(factors);
    }

    /** A catalog of only these roles: discovery off. */
    static CareerCatalog catalogOf(RoleProfile... roles) {
        return CareerCatalog.builder().discoverProviders(false).addProvider(new RolesProviderStub(List.of(roles)))
                .strict(true).build();
    }

    static <T> Sourced<T> sourced(T value) {
        return Sourced.of(value, Provenance.citedIn(GUIDE, "stub.txt"));
    }

    /** A role with the given factor intensities, e.g. {@code role("r", "maths-intensity", 5, "pay", 4)}. */
    static RoleBuilder role(String id) {
        return new RoleBuilder(id);
    }

    @Override
    public String id() {
        return "roles-stub";
    }

    @Override
    public List<Source> sources() {
        return List.of(GUIDE);
    }

    @Override
    public List<RoleProfile> roles() {
        return roles;
    }

    @Override
    public List<WorkFactor> factors() {
        return factors;
    }

    /** Builds a role profile for tests in a line or two. */
    static final class RoleBuilder {
        private final RoleProfile.Builder profile;
        private final List<PathStep> steps = new ArrayList<>();

        RoleBuilder(String id) {
            profile = RoleProfile.builder(id).title("Role " + id);
        }

        RoleBuilder factor(String factor, double intensity) {
            profile.add(FactKinds.FACTOR, sourced(FactorExposure.of(factor, intensity, Framing.NEUTRAL, "Stub statement on " + factor)));
            return this;
        }

        RoleBuilder factor(String factor, double intensity, Framing framing) {
            profile.add(FactKinds.FACTOR, sourced(FactorExposure.of(factor, intensity, framing, null)));
            return this;
        }

        /** O*NET-style interest ratings (OI, 1-7) in RIASEC order. */
        RoleBuilder interests(double... ratings) {
            profile.add(FactKinds.INTERESTS, sourced(new InterestProfile(ratings(InterestArea.class, ratings,
                    RatingScale.ONET_INTEREST))));
            return this;
        }

        /** O*NET-style work value extents (EX, 1-7) in O*NET's order. */
        RoleBuilder values(double... extents) {
            profile.add(FactKinds.WORK_VALUES, sourced(new WorkValueProfile(ratings(WorkValue.class, extents,
                    RatingScale.ONET_EXTENT))));
            return this;
        }

        private static <E extends Enum<E>> Map<E, Rating> ratings(Class<E> type, double[] values, RatingScale scale) {
            Map<E, Rating> map = new EnumMap<>(type);
            for (int i = 0; i < values.length; i++) {
                map.put(type.getEnumConstants()[i], Rating.of(values[i], scale));
            }
            return map;
        }

        RoleBuilder skill(String id, Proficiency required) {
            profile.add(FactKinds.SKILL, sourced(SkillRequirement.of(Skill.of(id, "Skill " + id, SkillCategory.GENERAL), required)));
            return this;
        }

        RoleBuilder entry(EducationLevel level) {
            profile.add(FactKinds.EDUCATION, sourced(new EducationRequirement(List.of(level), Expectation.TYPICAL, List.of())));
            return this;
        }

        RoleBuilder step(String title, double minYears, double maxYears, boolean optional) {
            steps.add(new PathStep(title, null, YearRange.of(minYears, maxYears), optional));
            return this;
        }

        RoleProfile build() {
            if (!steps.isEmpty()) {
                profile.add(FactKinds.CAREER_PATH, sourced(new CareerPath("stub path", steps)));
            }
            return profile.build();
        }
    }
}
