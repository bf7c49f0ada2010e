package dev.careerfit.validation;

import java.util.Objects;

/**
 * One real person of the RIASEC data set: their six interest area means and five personality scores as
 * the data holds them, and the field of study they typed.
 *
 * @param row         the data row, counted from 1 after the header: odd rows tune, even rows are held back
 * @param interests   the six area means, 1-5 (R, I, A, S, E, C); below 1 means an unanswered item
 * @param personality the Ten-Item Personality Inventory scores, -6..6 (extraversion, agreeableness,
 *                    conscientiousness, emotional stability, openness)
 * @param major       the field of study as typed (lower-cased, punctuation removed by the data's processing)
 */
public record Respondent(int row, double[] interests, double[] personality, String major) {
    public Respondent {
        Objects.requireNonNull(interests, "interests");
        Objects.requireNonNull(personality, "personality");
        Objects.requireNonNull(major, "major");
        if (interests.length != 6 || personality.length != 5) {
            throw new IllegalArgumentException("a respondent has six interest means and five personality scores");
        }
        interests = interests.clone();
        personality = personality.clone();
    }

    /** Whether the row belongs to the tuning part (odd rows) rather than the held-back part. */
    public boolean tuning() {
        return row % 2 == 1;
    }

    /** Whether an area mean is below 1, i.e. an item of it was left unanswered and averaged in as 0. */
    public boolean unanswered() {
        for (double m : interests) {
            if (m < 1) {
                return true;
            }
        }
        return false;
    }

    /** The six means on the Interest Profiler's 0-40 scale, (m - 1) x 10, rounded to whole points. */
    public int[] profilerScores() {
        int[] s = new int[6];
        for (int a = 0; a < 6; a++) {
            s[a] = (int) Math.round((interests[a] - 1) * 10);
        }
        return s;
    }
}
