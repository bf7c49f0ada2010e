package dev.careerfit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The pre-registered personas (docs/validity.md): every expected occupation is an O*NET occupation with
 * interest ratings, and the figures of each method are written to target/personas.txt.
 */
class PersonaTest {
    @Test
    void everyExpectedOccupationIsRatedAndEachMethodIsMeasured() {
        assertThat(PersonaCheck.personas()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(p ->
                assertThat(p.expected()).as(p.id()).isNotEmpty()
                        .allSatisfy(c -> assertThat(National.occupations().index(c)).as(c).isPresent()));

        String figures = PersonaCheck.run(National.scorer(), National.occupations());
        National.write("personas.txt", figures);

        assertThat(figures).contains("builder", "engineer");
    }
}
