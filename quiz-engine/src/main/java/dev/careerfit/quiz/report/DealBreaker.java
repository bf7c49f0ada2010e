package dev.careerfit.quiz.report;

import dev.careerfit.Api;
import dev.careerfit.quiz.bank.DimensionId;

/**
 * A dimension (a work factor) the person strongly dislikes and cares about, which the role has much of: shown apart
 * from the score, as a filter, because an average can hide it.
 *
 * @param dimension  the dimension id
 * @param name       its name
 * @param attitude   the person's attitude, -1 to 1
 * @param importance the importance answer
 * @param level      the role's level with its sources
 * @param summary    one sentence
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public record DealBreaker(DimensionId dimension, String name, double attitude, Integer importance, DimensionLevel level,
                          String summary) {}
