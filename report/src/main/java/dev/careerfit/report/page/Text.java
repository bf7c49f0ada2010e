package dev.careerfit.report.page;

import dev.careerfit.Api;
import java.util.ArrayList;
import java.util.List;

/**
 * A line or paragraph of words as {@link Span}s, which a format wraps and styles.
 *
 * @param spans the runs, in order
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public record Text(List<Span> spans) {
    public Text {
        spans = List.copyOf(spans);
    }

    public static Text of(String words) {
        return new Text(List.of(Span.of(words)));
    }

    public static Text of(String words, Tone tone) {
        return new Text(List.of(Span.of(words, tone)));
    }

    public static Text of(Span... spans) {
        return new Text(List.of(spans));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The words alone, without tones or links: {@code [3]} for a reference. */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    public boolean isEmpty() {
        return spans.stream().allMatch(s -> s.text().isEmpty());
    }

    /** This text, then {@code more}. */
    public Text then(Text more) {
        List<Span> all = new ArrayList<>(spans);
        all.addAll(more.spans);
        return new Text(all);
    }

    /** Builds a {@link Text} span by span. */
    @Api(Api.Status.EXPERIMENTAL)
    public static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        public Builder add(String words) {
            return add(Span.of(words));
        }

        public Builder add(String words, Tone tone) {
            return add(Span.of(words, tone));
        }

        public Builder add(Span span) {
            if (!span.text().isEmpty()) {
                spans.add(span);
            }
            return this;
        }

        public Builder add(Text text) {
            text.spans().forEach(this::add);
            return this;
        }

        public boolean isEmpty() {
            return spans.isEmpty();
        }

        public Text build() {
            return new Text(spans);
        }
    }
}
