package dev.careerfit.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** careerfit's one wording helper: figures in words, and a release's particulars by their publisher's titles. */
class WordsTest {

    @Test
    void pointsHaveTheRightPluralAndNoNeedlessDecimal() {
        assertThat(List.of(Words.points(1, true), Words.points(2, true), Words.points(-0.44, true),
                Words.points(10.66, true), Words.points(0.04, true), Words.points(1.5, false)))
                .containsExactly("+1 point", "+2 points", "-0.4 points", "+10.7 points", "0 points", "1.5 points");
    }

    @Test
    void ordinalsListsAndBands() {
        assertThat(List.of(Words.ordinal(1), Words.ordinal(2), Words.ordinal(3), Words.ordinal(11), Words.ordinal(23),
                Words.ordinal(112))).containsExactly("1st", "2nd", "3rd", "11th", "23rd", "112th");
        assertThat(Words.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(Words.distinct(List.of("Python", " python ", "R"))).containsExactly("Python", "R");
    }

    /** O*NET 30.1 and OEWS May 2024 name their tables by file and their figures by column: a person reads titles. */
    @Test
    void aReleasesTablesAreNamedByTheirPublishedTitlesNeverByFileOrColumn() {
        assertThat(Words.published("Skills.txt")).contains("Skills");
        assertThat(Words.published("Tasks to DWAs.txt")).contains("Tasks to DWAs");
        assertThat(Words.published("Table 1.2")).contains("Table 1.2");
        assertThat(Words.published("national_M2024_dl")).isEmpty();
        assertThat(Words.published("oews-national-may2024.xlsx")).isEmpty();
        assertThat(Words.element("2.A.1.e Mathematics")).contains("Mathematics");
        assertThat(Words.scale("LV Level")).contains("level");
        assertThat(Words.scale("A_MEAN, A_PCT10")).isEmpty();
        assertThat(Words.withoutCodes("The relative standard error is the mean wage's (MEAN_PRSE)."))
                .isEqualTo("The relative standard error is the mean wage's.");
        assertThat(Words.withoutCodes("as the career guide 001_cdb3b6ab2d3ae448.txt cites the BLS."))
                .isEqualTo("as the career guide cites the BLS.");
    }

    @Test
    void aFiguresNameIsNotSaidTwice() {
        assertThat(FitPages.figureText(new dev.careerfit.quiz.bank.LevelInput("proficiency needed in Python",
                "Python: ADVANCED", dev.careerfit.provenance.Provenance.of(new dev.careerfit.provenance.Source(
                        dev.careerfit.provenance.SourceId.of("test"), "Test", "Test guide",
                        dev.careerfit.provenance.SourceKind.EDITORIAL, null, null)))))
                .isEqualTo("proficiency needed in Python: advanced");
    }
}
