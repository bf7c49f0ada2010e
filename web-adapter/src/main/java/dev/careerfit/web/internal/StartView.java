package dev.careerfit.web.internal;

/**
 * The start page's model.
 *
 * @param occupations how many roles and occupations the catalog holds
 * @param bankVersion the question bank's version, which answers files name
 */
public record StartView(int occupations, String bankVersion) {}
