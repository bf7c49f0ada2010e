package dev.careerfit.education;

import dev.careerfit.Api;

/**
 * Levels of education, in O*NET's twelve "Required Level of Education" categories (category
 * numbers 1 to 12), so that O*NET distributions and the guides' "a bachelor's degree" share one scale.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum EducationLevel {
    LESS_THAN_HIGH_SCHOOL(1, "less than a high school diploma"),
    HIGH_SCHOOL(2, "a high school diploma or equivalent"),
    POST_SECONDARY_CERTIFICATE(3, "a post-secondary certificate"),
    SOME_COLLEGE(4, "some college courses"),
    ASSOCIATES(5, "an associate's degree"),
    BACHELORS(6, "a bachelor's degree"),
    POST_BACCALAUREATE_CERTIFICATE(7, "a post-baccalaureate certificate"),
    MASTERS(8, "a master's degree"),
    POST_MASTERS_CERTIFICATE(9, "a post-master's certificate"),
    FIRST_PROFESSIONAL(10, "a first professional degree"),
    DOCTORATE(11, "a doctoral degree"),
    POST_DOCTORAL(12, "post-doctoral training");

    private final int onetCategory;
    private final String label;

    EducationLevel(int onetCategory, String label) {
        this.onetCategory = onetCategory;
        this.label = label;
    }

    /** O*NET's category number, 1 to 12. */
    public int onetCategory() {
        return onetCategory;
    }

    /** Plain words, e.g. "a master's degree". */
    public String label() {
        return label;
    }

    public static EducationLevel ofOnetCategory(int category) {
        for (EducationLevel level : values()) {
            if (level.onetCategory == category) {
                return level;
            }
        }
        throw new IllegalArgumentException("O*NET education category must be between 1 and 12, was " + category);
    }
}
