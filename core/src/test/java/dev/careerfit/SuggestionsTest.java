package dev.careerfit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
    static final List<String> COMMANDS = List.of("quiz", "score", "batch", "questions", "roles", "role", "salary",
            "sources");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"qiuz, quiz", "QUIZ, quiz", "scroe, score", "roels, roles", "sorces, sources", "salry, salary"})
    void aSwapADropOrACaseIsOneEditAway(String typed, String meant) {
        assertThat(Suggestions.closest(typed, COMMANDS, 3)).first().isEqualTo(meant);
    }

    @Test
    void aNameThatStartsWithWhatWasTypedComesFirstShortestFirst() {
        assertThat(Suggestions.closest("15-2051", List.of("15-2041.00", "15-2051.01", "15-2051.00", "15-2051.02"), 2))
                .containsExactly("15-2051.00", "15-2051.01");
    }

    @Test
    void onlyTheNearestAreSuggested() {
        assertThat(Suggestions.closest("roels", COMMANDS, 3)).containsExactly("roles");
        assertThat(Suggestions.closest("ml-enginer", List.of("ml-engineer", "ai-engineer"), 3))
                .containsExactly("ml-engineer");
    }

    @Test
    void nothingFarAwayIsSuggested() {
        assertThat(Suggestions.closest("xyzzy", COMMANDS, 3)).isEmpty();
        assertThat(Suggestions.didYouMean("xyzzy", COMMANDS)).isEmpty();
        assertThat(Suggestions.closest("", COMMANDS, 3)).isEmpty();
        assertThat(Suggestions.closest("q".repeat(101), COMMANDS, 3)).isEmpty();
    }

    @Test
    void didYouMeanJoinsTheNamesInWords() {
        assertThat(Suggestions.didYouMean("rol", COMMANDS)).isEqualTo("; did you mean role or roles?");
        assertThat(Suggestions.or(List.of("a", "b", "c"))).isEqualTo("a, b or c");
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}
