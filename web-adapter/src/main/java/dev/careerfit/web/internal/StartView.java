package dev.careerfit.web.internal;

import dev.careerfit.Api;

/**
 * The start page's model.
 *
 * @param occupations how many roles and occupations the catalog holds
 * @param bankVersion the question bank's version, which answers files name
 */
@Api(Api.Status.INTERNAL)
public record StartView(int occupations, String bankVersion) {}
