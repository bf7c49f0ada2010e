package dev.careerfit.quiz.report;

import dev.careerfit.factor.FactorExposure;
import dev.careerfit.factor.FactorId;
import dev.careerfit.provenance.Sourced;

/**
 * Something the person strongly dislikes, cares about, and the role has a lot of. Listed apart from
 * the score, because an average can hide it.
 *
 * @param factor     the work factor
 * @param name       its display name
 * @param attitude   the person's attitude (at most the deal-breaker threshold, by default -0.5)
 * @param importance the person's importance answer (at least 4 by default)
 * @param fact       the role's fact (intensity at least 4 by default), with its provenance
 * @param summary    in one sentence
 * @since 0.1
 */
public record DealBreaker(FactorId factor, String name, double attitude, int importance,
                          Sourced<FactorExposure> fact, String summary) {}
