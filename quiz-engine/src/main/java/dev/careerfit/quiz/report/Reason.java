package dev.careerfit.quiz.report;

import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.factor.Framing;
import dev.careerfit.provenance.Sourced;
import java.util.List;

/**
 * Something that counts in a role's favour, or against it, for this person. The framing comes from the
 * person's answers (a factor they like is a pro), not from the source; the source's own framing is
 * shown alongside.
 *
 * @param factor         the work factor
 * @param name           its display name
 * @param contribution   points it adds to or takes from 50
 * @param attitude       the person's attitude, -1 to 1
 * @param weight         how much it matters to the person, 0 to 1
 * @param framing        {@link Framing#PRO} when the person likes it, {@link Framing#CON} when they do not
 * @param sourceFraming  how the source frames it
 * @param fact           the role's fact: the catalog's chosen value, with its provenance
 * @param disputed       whether sources disagree on it
 * @param resolution     how the catalog chose between them, when disputed
 * @param answers        the person's answers on the factor
 * @param summary        the reason in one sentence
 * @since 0.1
 */
public record Reason(FactorId factor, String name, double contribution, double attitude, double weight,
                     Framing framing, Framing sourceFraming, Sourced<FactorExposure> fact, boolean disputed,
                     String resolution, List<GivenAnswer> answers, String summary) {
    public Reason {
        answers = List.copyOf(answers);
    }
}
