package dev.careerfit.quiz.report;

import dev.careerfit.education.EducationLevel;
import dev.careerfit.education.EducationRequirement;
import dev.careerfit.provenance.Sourced;

/**
 * The person's education against what the role usually needs to enter.
 *
 * @param held        the highest level the person holds
 * @param usualEntry  the lowest level the role's entry requirement accepts
 * @param meets       whether {@code held} is at least {@code usualEntry}
 * @param requirement the role's requirement, with provenance
 * @since 0.1
 */
public record EducationCheck(EducationLevel held, EducationLevel usualEntry, boolean meets,
                             Sourced<EducationRequirement> requirement) {}
