package dev.careerfit.education;

import dev.careerfit.Api;
import dev.careerfit.internal.Checks;

/**
 * What it typically takes to enter a role besides education, in the publisher's own categories: the
 * BLS assigns every occupation a "work experience in a related occupation" and a "typical on-the-job
 * training" category.
 *
 * @param aspect      which requirement
 * @param requirement the category, e.g. "Less than 5 years" or "Moderate-term on-the-job training"
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record EntryRequirement(Aspect aspect, String requirement) {
    public EntryRequirement {
        Checks.notNull(aspect, "aspect");
        requirement = Checks.notBlank(requirement, "requirement");
    }

    /** The requirements the BLS assigns. */
    @Api(Api.Status.STABLE)
    public enum Aspect {
        /** Work experience in a related occupation. */
        WORK_EXPERIENCE("work experience in a related occupation"),
        /** Training on the job needed to become competent. */
        ON_THE_JOB_TRAINING("on-the-job training to become competent");

        private final String label;

        Aspect(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
