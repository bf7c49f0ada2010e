package dev.careerfit.validation;

/**
 * A method that ranks occupations for a person. Each position of its ranking stands for one or more of the
 * {@link Occupations} (a guides' role stands for the occupations it is linked to; a role standing for none
 * still takes its place).
 */
public interface Ranker {
    /** A short name for tables. */
    String name();

    /** The first {@code limit} positions of the person's ranking, best first; each the occupations it stands for. */
    int[][] top(Taker person, int limit);
}
