package dev.careerfit.report;

import dev.careerfit.Api;
import dev.careerfit.report.internal.TextFormat;
import java.util.List;

/**
 * Words wrapped as careerfit's text pages wrap them, for a line a program writes outside a page (a hint, a prompt):
 * between words, a word longer than a line (a web address) broken where the line ends.
 *
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public final class TextLines {
    private TextLines() {}

    /** {@code text} in lines of at most {@code width} columns. */
    public static List<String> wrap(String text, int width) {
        return TextFormat.wrap(text, Math.max(1, width));
    }
}
