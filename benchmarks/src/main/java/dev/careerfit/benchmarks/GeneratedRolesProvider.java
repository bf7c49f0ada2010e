package dev.careerfit.benchmarks;

import dev.careerfit.fact.FactKinds;
import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.Framing;
import dev.careerfit.factor.WorkFactor;
import dev.careerfit.factor.WorkFactors;
import dev.careerfit.provenance.Provenance;
import dev.careerfit.provenance.Source;
import dev.careerfit.provenance.SourceId;
import dev.careerfit.provenance.SourceKind;
import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.Proficiency;
import dev.careerfit.role.RoleProfile;
import dev.careerfit.role.Skill;
import dev.careerfit.role.SkillCategory;
import dev.careerfit.role.SkillRequirement;
import dev.careerfit.spi.CareerDataProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up roles for load: each rates every standard factor (random intensity 1-5) and needs eight of
 * forty skills. Seeded, so every run scores the same roles.
 */
final class GeneratedRolesProvider implements CareerDataProvider {
    private static final Source SOURCE = new Source(SourceId.of("generated"), "careerfit benchmarks",
            "Generated roles", SourceKind.CAREERFIT_ASSESSMENT, null, null);

    private final List<RoleProfile> roles;

    GeneratedRolesProvider(int count, long seed) {
        Random random = new Random(seed);
        Provenance provenance = Provenance.of(SOURCE);
        List<RoleProfile> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RoleProfile.Builder b = RoleProfile.builder("generated-" + i).title("Generated role " + i);
            for (WorkFactor f : WorkFactors.standard()) {
                b.add(FactKinds.FACTOR, Sourced.of(new FactorExposure(f.id(), 1 + random.nextInt(5),
                        Framing.values()[random.nextInt(3)], null), provenance));
            }
            for (int s = 0; s < 8; s++) {
                Skill skill = Skill.of("skill-" + random.nextInt(40), "Skill", SkillCategory.GENERAL);
                b.add(FactKinds.SKILL, Sourced.of(SkillRequirement.of(skill, Proficiency.ofLevel(1 + random.nextInt(4))), provenance));
            }
            list.add(b.build());
        }
        this.roles = List.copyOf(list);
    }

    @Override
    public String id() {
        return "generated";
    }

    @Override
    public List<Source> sources() {
        return List.of(SOURCE);
    }

    @Override
    public List<RoleProfile> roles() {
        return roles;
    }
}
