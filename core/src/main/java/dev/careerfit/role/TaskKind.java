package dev.careerfit.role;

import dev.careerfit.Api;

/**
 * How a source presents a task: as day-to-day work, a formal responsibility (a job description), or
 * O*NET's core and supplemental task statements, or an O*NET task statement that O*NET has not yet
 * classed as either (it has no incumbent ratings yet).
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum TaskKind { DAILY, RESPONSIBILITY, CORE, SUPPLEMENTAL, UNCLASSIFIED }
