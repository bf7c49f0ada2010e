package dev.careerfit.web.internal;

import dev.careerfit.Api;

/**
 * The result page's model: the result itself, as the {@link dev.careerfit.web.ReportPages} wrote it, and the quiz's
 * state for the page's forms (download the answers, change them).
 *
 * @param state    the quiz so far ({@code careerfit-session/1})
 * @param html     the result, an HTML fragment already escaped by whoever wrote it
 * @param finished whether the quiz has no question left; else the page offers to carry on
 */
@Api(Api.Status.INTERNAL)
public record ResultView(String state, String html, boolean finished) {}
