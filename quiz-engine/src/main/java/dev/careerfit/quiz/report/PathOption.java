package dev.careerfit.quiz.report;

import dev.careerfit.education.CareerPath;
import dev.careerfit.education.YearRange;
import dev.careerfit.provenance.Sourced;

/**
 * One of the role's ways in, with its steps and durations, checked against the years of study the
 * person is willing to invest.
 *
 * @param path          the path and its steps, with provenance
 * @param requiredYears time of the required steps
 * @param allYears      time of every step, optional ones included
 * @param fit           against the years the person is willing to invest
 * @param summary       in one sentence
 * @since 0.1
 */
public record PathOption(Sourced<CareerPath> path, YearRange requiredYears, YearRange allYears, PathFit fit,
                         String summary) {}
