package dev.careerfit.report.page;

import dev.careerfit.Api;

/**
 * What a piece of text stands for, which a format shows its own way (a colour in a terminal, a class in HTML,
 * nothing in Markdown but {@link #STRONG}).
 *
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public enum Tone {
    /** Ordinary text. */
    PLAIN,
    /** Stands out: a title, the role asked about. */
    STRONG,
    /** Secondary: a legend, a source's particulars, an id. */
    MUTED,
    /** In its favour. */
    GOOD,
    /** Against it. */
    BAD,
    /** Worth a second look: a disagreement between sources. */
    WARN
}
