package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import dev.careerfit.CareerfitException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The families of scoring dimensions careerfit knows: the four built in, and those registered for
 * {@link ServiceLoader} as {@link DimensionFamily} implementations on a class path (docs/scoring.md).
 *
 * <pre>{@code
 * DimensionFamily interests = DimensionFamilies.INTEREST;
 * Optional<DimensionFamily> mine = DimensionFamilies.byId("TEMPERAMENT", loader);   // a registered one
 * }</pre>
 *
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public final class DimensionFamilies {
    /** The six RIASEC interest areas, against O*NET interest ratings; weight 2. */
    public static final DimensionFamily INTEREST = new InterestFamily();
    /** The six O*NET work values, by forced choices, against O*NET work value extents; weight 1. */
    public static final DimensionFamily WORK_VALUE = new WorkValueFamily();
    /** The pros and cons of the work: statements weighted by importance, against where the role stands; weight 1. */
    public static final DimensionFamily WORK_FACTOR = new WorkFactorFamily();
    /**
     * Preparation: how many people with the person's education hold the job (a base rate, EP 2024-34), and the
     * occupations below the job zone that education prepares for ranked last; counts only with an education answer;
     * weight 1.
     */
    public static final DimensionFamily PREPARATION = new PreparationFamily();

    private static final List<DimensionFamily> BUILT_IN = List.of(INTEREST, WORK_VALUE, WORK_FACTOR, PREPARATION);

    private DimensionFamilies() {}

    /** The built-in families, in the order reports list them. */
    public static List<DimensionFamily> builtIn() {
        return BUILT_IN;
    }

    /**
     * The built-in families and those {@code loader} finds with {@link ServiceLoader}, by id, built-in first.
     *
     * @throws CareerfitException naming the class when a registered family cannot be loaded, or when two
     *                            families share an id
     */
    public static Map<String, DimensionFamily> all(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        Map<String, DimensionFamily> byId = new LinkedHashMap<>();
        BUILT_IN.forEach(f -> byId.put(f.id(), f));
        Iterator<DimensionFamily> found = ServiceLoader.load(DimensionFamily.class, loader).iterator();
        while (true) {
            DimensionFamily family;
            try {
                if (!found.hasNext()) {
                    break;
                }
                family = found.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                throw new CareerfitException("a dimension family registered in META-INF/services/"
                        + DimensionFamily.class.getName() + " cannot be loaded: " + e.getMessage(), e);
            }
            DimensionFamily earlier = byId.putIfAbsent(family.id(), family);
            if (earlier != null && earlier.getClass() != family.getClass()) {
                throw new CareerfitException("two dimension families have the id '" + family.id() + "': "
                        + earlier.getClass().getName() + " and " + family.getClass().getName());
            }
        }
        return byId;
    }

    /** The family with {@code id}: a built-in one, or one registered on {@code loader}. */
    public static Optional<DimensionFamily> byId(String id, ClassLoader loader) {
        for (DimensionFamily f : BUILT_IN) {
            if (f.id().equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.ofNullable(all(loader).get(id));
    }
}
