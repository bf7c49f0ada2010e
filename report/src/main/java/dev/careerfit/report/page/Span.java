package dev.careerfit.report.page;

import dev.careerfit.Api;
import java.util.Objects;

/**
 * A run of text with one {@link Tone}, and optionally a link or a reference to a numbered source.
 *
 * @param text      the words
 * @param tone      how it stands out
 * @param link      where it leads: a web address, or a path of careerfit's web app ({@code /roles/15-2051.00}), which
 *                  only pages served by the app link; or {@code null}
 * @param reference the number of the source it points to ({@code text} is then {@code [n]}), or 0
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public record Span(String text, Tone tone, String link, int reference) {
    public Span {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tone, "tone");
    }

    public static Span of(String text) {
        return new Span(text, Tone.PLAIN, null, 0);
    }

    public static Span of(String text, Tone tone) {
        return new Span(text, tone, null, 0);
    }

    /** {@code [n]}: a pointer to source number {@code n} of the page's list of sources. */
    public static Span reference(int n) {
        return new Span("[" + n + "]", Tone.PLAIN, null, n);
    }

    public static Span link(String text, String link) {
        return new Span(text, Tone.PLAIN, link, 0);
    }

    /** Whether the link is a path of careerfit's web app rather than a web address. */
    public boolean linksWithinTheApp() {
        return link != null && link.startsWith("/");
    }
}
