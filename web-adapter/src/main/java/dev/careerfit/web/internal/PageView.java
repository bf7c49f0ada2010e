package dev.careerfit.web.internal;

import dev.careerfit.Api;

/**
 * A page whose content {@link dev.careerfit.web.ReportPages} wrote: a role, its pay, the sources.
 *
 * @param title the page's title
 * @param html  its content, an HTML fragment already escaped by whoever wrote it
 */
@Api(Api.Status.INTERNAL)
public record PageView(String title, String html) {}
