package dev.careerfit.report.page;

import dev.careerfit.Api;
import java.util.List;
import java.util.Objects;

/**
 * A page worded and cited, ready to be laid out: a title, an optional line under it, and its blocks.
 *
 * @param title    the page's title
 * @param subtitle a line under the title (codes, other titles), or {@code null}
 * @param blocks   the page, in order
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public record Page(Text title, Text subtitle, List<Block> blocks) {
    public Page {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}
