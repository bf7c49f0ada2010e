package dev.careerfit.role;

import dev.careerfit.Api;

/**
 * How well a skill must be (or is) mastered, from none to expert. Ordinal: compare with
 * {@link #level()}.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public enum Proficiency {
    NONE("has not used it"),
    BASIC("can follow worked examples and do simple tasks with help"),
    INTERMEDIATE("does everyday tasks alone and knows where to look for the rest"),
    ADVANCED("handles hard problems alone and reviews others' work"),
    EXPERT("is a reference for others and shapes how it is done");

    private final String anchor;

    Proficiency(String anchor) {
        this.anchor = anchor;
    }

    /** 0 for {@link #NONE} to 4 for {@link #EXPERT}. */
    public int level() {
        return ordinal();
    }

    /** What a person at this level can do: the anchor used in self-ratings. */
    public String anchor() {
        return anchor;
    }

    public static Proficiency ofLevel(int level) {
        if (level < 0 || level >= values().length) {
            throw new IllegalArgumentException("proficiency level must be between 0 and "
                    + (values().length - 1) + ", was " + level);
        }
        return values()[level];
    }

    /**
     * Converts an O*NET skill level rating (0 to 7) to a proficiency: below 1 none, below 2.5 basic,
     * below 4 intermediate, below 5.5 advanced, otherwise expert.
     */
    public static Proficiency fromOnetLevel(double level) {
        if (Double.isNaN(level) || level < 0 || level > 7) {
            throw new IllegalArgumentException("O*NET level must be between 0 and 7, was " + level);
        }
        if (level < 1) {
            return NONE;
        }
        if (level < 2.5) {
            return BASIC;
        }
        if (level < 4) {
            return INTERMEDIATE;
        }
        return level < 5.5 ? ADVANCED : EXPERT;
    }
}
