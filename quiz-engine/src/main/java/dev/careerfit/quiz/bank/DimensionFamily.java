package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import dev.careerfit.catalog.CareerRole;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A family of scoring dimensions, and everything the engine does with one in one place: which questions measure
 * it (and so how its items are scored), how a role's level is read, how the two are compared (its
 * {@link Matching}, which centres and bounds the levels), how much answering it takes before it counts, its
 * weight in the fit and its wording. Dimensions are data in the bank; their families are these objects
 * (docs/scoring.md, "Dimensions and levels").
 *
 * <p>Adding a family is one subclass with a public no-argument constructor, registered for {@link
 * java.util.ServiceLoader} in {@code META-INF/services/dev.careerfit.quiz.bank.DimensionFamily} (and with
 * {@code provides} on the module path); bank documents then name it by {@link #id()}. The built-in families
 * are {@link DimensionFamilies#INTEREST}, {@link DimensionFamilies#WORK_VALUE}, {@link DimensionFamilies#WORK_FACTOR}
 * and {@link DimensionFamilies#PREPARATION}.
 *
 * <pre>{@code
 * public final class TemperamentFamily extends DimensionFamily {
 *     public TemperamentFamily() {
 *         super("TEMPERAMENT", "temperament", QuestionKind.AGREEMENT, Matching.PROFILE);
 *     }
 *     public Optional<String> checkLevel(LevelRule rule) { ... }       // is the source an element id?
 *     public Optional<LevelReading> read(CareerRole role, Dimension d) { ... }   // the role's rating
 * }
 * }</pre>
 *
 * <p>Families are equal when their ids are. Implementations must be immutable and safe to share between threads.
 *
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public abstract class DimensionFamily {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

    private final String id;
    private final String label;
    private final QuestionKind measuredBy;
    private final Matching matching;

    /**
     * @param id         stable id, upper case with underscores, e.g. {@code WORK_FACTOR}; bank documents and
     *                   reports name the family by it
     * @param label      the family in a sentence, plural: "interests", "pros and cons"
     * @param measuredBy the question kind whose answers measure it: {@link QuestionKind#INTEREST} (liking an
     *                   activity), {@link QuestionKind#VALUE_CHOICE} (a choice between two dimensions) or
     *                   {@link QuestionKind#AGREEMENT} (keyed statements, weighted by importance questions), or
     *                   {@link QuestionKind#EDUCATION_HELD} (the answer {@linkplain #selected selects} one dimension)
     * @param matching   how a role's levels are compared with the person's answers
     */
    protected DimensionFamily(String id, String label, QuestionKind measuredBy, Matching matching) {
        this.id = Objects.requireNonNull(id, "id");
        this.label = Objects.requireNonNull(label, "label");
        this.measuredBy = Objects.requireNonNull(measuredBy, "measuredBy");
        this.matching = Objects.requireNonNull(matching, "matching");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("dimension family id '" + id + "' must be upper-case letters and "
                    + "digits separated by '_', e.g. 'WORK_FACTOR'");
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("dimension family '" + id + "' needs a label");
        }
        if (!measuredBy.measuresFamily()) {
            throw new IllegalArgumentException("dimension family '" + id + "' must be measured by INTEREST, "
                    + "VALUE_CHOICE, AGREEMENT or EDUCATION_HELD questions, not " + measuredBy);
        }
    }

    /** The stable id, e.g. {@code INTEREST}; bank documents and reports name the family by it. */
    public final String id() {
        return id;
    }

    /** The family in a sentence, plural: "interests", "work values", "pros and cons". */
    public final String label() {
        return label;
    }

    /** The kind of question whose answers measure the family's dimensions. */
    public final QuestionKind measuredBy() {
        return measuredBy;
    }

    /** How a role's levels are compared with the person's answers. */
    public final Matching matching() {
        return matching;
    }

    /** The weight W of the family's part of the fit, unless {@code ScoringSettings} gives another: 1. */
    public double defaultWeight() {
        return 1;
    }

    /**
     * How much answering the family needs before it counts in the fit: dimensions answered (for families measured
     * by {@link QuestionKind#VALUE_CHOICE}, choices answered). With {@link Matching#PROFILE} a role also needs
     * levels on this many of the dimensions the person answered. 1 unless overridden.
     */
    public int minimum() {
        return 1;
    }

    /**
     * The adaptive quiz's floor (docs/scoring.md, "Adaptive quiz"), below which the family's questions come first:
     * answers per dimension for {@link QuestionKind#INTEREST} items, choices for {@link QuestionKind#VALUE_CHOICE},
     * dimensions with a statement for {@link QuestionKind#AGREEMENT}. {@link #minimum()} unless overridden.
     */
    public int floor() {
        return minimum();
    }

    /**
     * Whether a role with no level of its own (the guides' roles) takes the mean of the levels of the occupations
     * it is linked to, saying so. False unless overridden.
     */
    public boolean borrowsFromLinks() {
        return false;
    }

    /**
     * Whether a role with no level on a dimension the person answered in this family is ranked after every role
     * that has one (it stays scored, at the neutral middle of the family): the family says which roles the
     * ranking is for, as the preparation family leaves out occupations below the job zone the person's education
     * prepares for. False unless overridden.
     */
    public boolean gates() {
        return false;
    }

    /**
     * For a family measured by {@link QuestionKind#EDUCATION_HELD}: the one of its {@code dimensions} that the
     * answer {@code value} (an O*NET education category, 1-12) selects; the person's side is then +1 there and
     * unmeasured elsewhere. Empty (the default) when no dimension fits.
     */
    public Optional<Dimension> selected(int value, java.util.List<Dimension> dimensions) {
        return Optional.empty();
    }

    /**
     * Whether the family's answers alone are enough for a result: true unless overridden. The preparation family is
     * a base rate, not a fit: an education answer alone gives no ranking.
     */
    public boolean fitsAlone() {
        return true;
    }

    /**
     * The role's level on {@code dimension} when the role shares its SOC detailed occupation with {@code sharing}
     * roles of the catalog (itself included): a family that counts people (the preparation family's jobs) divides
     * them among those roles, as the BLS counts jobs per SOC occupation and O*NET splits some into several. By
     * default the level does not depend on it.
     */
    public Optional<LevelReading> read(CareerRole role, Dimension dimension, int sharing) {
        return read(role, dimension);
    }

    /** What is wrong with {@code rule} for a dimension of this family, in words; empty when it is fine. */
    public abstract Optional<String> checkLevel(LevelRule rule);

    /** The role's level on {@code dimension} (one of this family's) from its facts; empty when they give none. */
    public abstract Optional<LevelReading> read(CareerRole role, Dimension dimension);

    /**
     * One reason in words a person would say back: what the person's side says and what the role's side says,
     * without points. By default: "You want more night work than your other answers ask for, and this work has more
     * of it than 80% of occupations". The engine gives no reason for a side near neutral.
     *
     * <p>The reason helps when both sides have the same sign and hurts when they differ, so the words must follow the
     * two signs: "more"/"less" for the person from {@code personSide}, and for the role from {@code roleSide}, never
     * from the percentile alone (a role's own profile can lean towards an area that is still below most occupations'
     * level on it). {@link #standing(double, double)} words the role's side that way.
     *
     * @param dimension  the dimension
     * @param personSide the person's mean item score on it, relative to their own mean over the family for
     *                   {@link Matching#PROFILE}, -1..1
     * @param roleSide   the role's side, of which only the sign counts: above zero when the role has more of it than
     *                   what the family compares it with (its own mean over the family for a profile or correlation
     *                   match, the middle of all occupations for a standing match), below zero when less
     * @param level      the role's level
     * @param maximum    the top of the level's scale
     * @param percentile where the level stands among all roles rated on it, 0..100
     */
    public String reason(Dimension dimension, double personSide, double roleSide, double level, double maximum,
                         double percentile) {
        return "You want " + (personSide >= 0 ? "more " : "less ") + dimension.name().toLowerCase(Locale.ROOT)
                + " than your other answers ask for, and this work " + standing(roleSide, percentile);
    }

    /**
     * The role's side in words: "has more of it than 80% of occupations" when the place among all occupations
     * agrees with {@code roleSide}, otherwise "has more of it than of the rest of what it is rated on" (a role whose
     * own profile leans towards an area that most occupations have more of).
     */
    protected static String standing(double roleSide, double percentile) {
        return standing(roleSide, percentile, "has more of it", "has less of it", "than of the rest of what it is "
                + "rated on");
    }

    /**
     * The role's side in a family's own words: {@code more} or {@code less} by the sign of {@code roleSide}, then
     * where it stands among all occupations when that agrees ("than 80% of occupations"), else {@code ownProfile}.
     */
    protected static String standing(double roleSide, double percentile, String more, String less, String ownProfile) {
        boolean higher = roleSide >= 0;
        boolean agrees = higher ? percentile >= 50 : percentile < 50;
        return (higher ? more : less) + " " + (agrees ? "than " + share(higher ? percentile : 100 - percentile)
                + " of occupations" : ownProfile);
    }

    /** The person's score on a dimension as text shows it (-1..1 by default, signed with one decimal). */
    public String shown(double score) {
        return String.format(Locale.ROOT, "%+.1f", score);
    }

    /** What the numbers {@link #shown} gives mean, for a heading: "-1 to +1". */
    public String scale() {
        return "-1 to +1";
    }

    /** What {@link #minimum()} asks, in words, for a message on too few answers: "3 interest areas answered". */
    public String minimumText() {
        return minimum() + " of its dimensions answered";
    }

    /** A percentage for "higher than N% of occupations", rounded down so that it never claims all of them. */
    protected static String share(double percent) {
        return number(Math.max(0, Math.min(99, Math.floor(percent)))) + "%";
    }

    /** 4 or 3.5. */
    protected static String number(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof DimensionFamily other && id.equals(other.id);
    }

    @Override
    public final int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
