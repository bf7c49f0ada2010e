package dev.careerfit.report;

import dev.careerfit.Api;

/**
 * How a page is written, whatever its format: how wide text may run, whether everything is shown or the short view,
 * whether colours and block characters may be used, and whether HTML is a whole page or a fragment of one.
 *
 * @param width      columns text is wrapped to (a terminal's width, or {@value #DEFAULT_WIDTH}); at least
 *                   {@value #MIN_WIDTH}
 * @param details    everything ({@code --details}): every reason with its figures and answers, every fact, every
 *                   value of a disagreement, where in a release a figure sits; otherwise the short view
 * @param colour     whether text may carry ANSI colours
 * @param unicode    whether text may use block characters for bars (else {@code #} and {@code .})
 * @param standalone whether HTML is a whole page with its styles (a file to keep or print) rather than a fragment
 *                   for a page the web app frames, which serves the styles apart and links roles to their pages
 * @param version    careerfit's version, for a page's footer; may be {@code null}
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public record ReportSettings(int width, boolean details, boolean colour, boolean unicode, boolean standalone,
                             String version) {
    /** The width of text that goes to a file or a pipe rather than a terminal. */
    public static final int DEFAULT_WIDTH = 80;
    /** Narrower than this, text is wrapped to this anyway. */
    public static final int MIN_WIDTH = 40;

    public ReportSettings {
        width = Math.max(MIN_WIDTH, width);
    }

    /** {@value #DEFAULT_WIDTH} columns, the short view, no colours, block characters, whole HTML pages. */
    public static ReportSettings defaults() {
        return new ReportSettings(DEFAULT_WIDTH, false, false, true, true, null);
    }

    public ReportSettings withWidth(int columns) {
        return new ReportSettings(columns, details, colour, unicode, standalone, version);
    }

    public ReportSettings withDetails(boolean everything) {
        return new ReportSettings(width, everything, colour, unicode, standalone, version);
    }

    public ReportSettings withColour(boolean ansi) {
        return new ReportSettings(width, details, ansi, unicode, standalone, version);
    }

    public ReportSettings withUnicode(boolean blocks) {
        return new ReportSettings(width, details, colour, blocks, standalone, version);
    }

    public ReportSettings withStandalone(boolean wholePage) {
        return new ReportSettings(width, details, colour, unicode, wholePage, version);
    }

    public ReportSettings withVersion(String careerfitVersion) {
        return new ReportSettings(width, details, colour, unicode, standalone, careerfitVersion);
    }
}
