package dev.careerfit.provider.tck;

import dev.careerfit.provenance.Sourced;
import dev.careerfit.role.RoleProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every sourced fact of a role profile, whatever its kind, for checks that apply to all of them.
 *
 * @since 0.1
 */
public final class Facts {
    private Facts() {}

    public static List<Sourced<?>> of(RoleProfile p) {
        List<Sourced<?>> all = new ArrayList<>();
        Stream.of(p.tasks(), p.skills(), p.tools(), p.salaries(), p.industries(), p.outlook(), p.outlookStatements(),
                p.education(), p.educationDistributions(), p.jobZones(), p.careerPaths(), p.certifications(),
                p.satisfaction(), p.workforce(), p.factors(), p.interests(), p.workValues(), p.misconceptions(),
                p.faqs(), p.tips()).forEach(all::addAll);
        return all;
    }
}
