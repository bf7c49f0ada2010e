package dev.careerfit.report;

import dev.careerfit.Api;
import java.io.IOException;

/**
 * One way of writing every {@link Report}: text for a terminal, an HTML page, Markdown, JSON. Formats are found by
 * id in {@link ReportFormats}; a new one is a class implementing this (most extend
 * {@link dev.careerfit.report.page.PageFormat}, which lays out a page careerfit has already worded and cited) and
 * one registration. Implementations are immutable and may be called from many threads at once.
 *
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public interface ReportFormat {

    /** The name a user picks it by: lower-case letters, e.g. {@code text}, {@code html}, {@code json}. */
    String id();

    /** What it gives, in a few words, for help: "an HTML page that reads on a phone and prints on A4". */
    String description();

    /** The media type of what it writes: {@code text/html; charset=utf-8}. */
    String mediaType();

    /** The usual extension of a file of it, without the dot: {@code html}. */
    String extension();

    /** Writes {@code report} to {@code out} as {@code settings} say. */
    void write(Report report, ReportSettings settings, Appendable out) throws IOException;
}
