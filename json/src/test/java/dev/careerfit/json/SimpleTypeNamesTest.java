package dev.careerfit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written type-name clean-up of Jackson's messages does what the pattern it replaced did. */
class SimpleTypeNamesTest {
    /** The pattern {@code JsonProblems} used before, applied with {@code replaceAll("$1")}. */
    private static final Pattern QUALIFIED_TYPE = Pattern.compile("`(?:[a-zA-Z_$][\\w$]*\\.)+([\\w$]+)`");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Cannot deserialize value of type `java.lang.Integer` from String | Cannot deserialize value of type Integer from String",
            "`a.b.c` and `d.e` | c and e",
            "`java.util.List<java.lang.String>` stays | `java.util.List<java.lang.String>` stays",
            "`plain` `a.B` | `plain` B",
            "`a.9x` `9.a` `a..b` `.a` `a.` | 9x `9.a` `a..b` `.a` `a.`"})
    void typeNamesLoseTheirPackage(String message, String expected) {
        assertThat(JsonProblems.simpleTypeNames(message)).isEqualTo(expected);
    }

    @Test
    void everyTextGetsWhatThePatternGave() {
        Random random = new Random(22);
        String alphabet = "`.aZ_$9 <";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(JsonProblems.simpleTypeNames(s)).as(s).isEqualTo(QUALIFIED_TYPE.matcher(s).replaceAll("$1"));
        }
    }
}
