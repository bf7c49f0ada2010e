package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.quiz.bank.Dimension;
import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionBanks;
import dev.careerfit.quiz.fixture.RandomAnswers;
import dev.careerfit.quiz.fixture.RolesProviderStub;
import dev.careerfit.role.RoleId;
import dev.careerfit.role.RoleProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Having more of what you like never lowers a role's score, and less of what you dislike never lowers it
 * (docs/scoring.md, "Monotonicity"): for random catalogs, random answers and a random role and dimension,
 * the role is rebuilt with its level moved one way and scored again.
 */
class MonotonicityProperties {
    private static final QuestionBank BANK = QuestionBanks.builtIn();
    private static final List<Dimension> DIMENSIONS = BANK.dimensions();

    @Property(tries = 150)
    void moreOfALikedDimensionOrLessOfADislikedOneNeverLowersARole(@ForAll @LongRange(min = 1) long seed,
                                                                   @ForAll @IntRange(min = 0, max = 29) int dimension,
                                                                   @ForAll @IntRange(min = 1, max = 3) int step) {
        Random rng = new Random(seed);
        double[][] levels = randomLevels(rng, 6);
        Answers answers = RandomAnswers.of(BANK, rng);
        Dimension d = DIMENSIONS.get(dimension);
        // Interests are matched by profile correlation, where the shape wins (docs/scoring.md, "Fit"): more of a
        // liked area can lower a role already peaking there. Preparation is no liking.
        if (d.family() == DimensionFamilies.INTEREST || d.family() == DimensionFamilies.PREPARATION) {
            return;
        }
        Respondent person = person(levels, answers);
        int dim = person.index.dimension(d.id());
        if (!person.measured(dim)) {
            return;
        }
        int row = row(person);
        double liking = person.mean[dim] - Fit.of(person, row).familyMean(dim);
        double before = Fit.of(person, row).points;
        double[][] moved = copy(levels);
        double max = d.family() == DimensionFamilies.WORK_FACTOR ? 5 : 7;
        // Towards what the person likes: up when they like it, down when they dislike it.
        moved[0][dimension] = liking >= 0 ? Math.min(max, levels[0][dimension] + step)
                : Math.max(1, levels[0][dimension] - step);
        Respondent again = person(moved, answers);
        double after = Fit.of(again, row(again)).points;

        assertThat(after).as("%s moved from %.1f to %.1f for a person at %+.2f", d.id(), levels[0][dimension],
                moved[0][dimension], liking).isGreaterThanOrEqualTo(before - 1e-9);
    }

    private static int row(Respondent person) {
        return person.index.row(RoleId.of("role-0")).orElseThrow();
    }

    /** Levels per role and dimension: interests and values 1-7, work factors 1-5. */
    static double[][] randomLevels(Random rng, int roles) {
        double[][] levels = new double[roles][DIMENSIONS.size()];
        for (int r = 0; r < roles; r++) {
            for (int d = 0; d < DIMENSIONS.size(); d++) {
                levels[r][d] = DIMENSIONS.get(d).family() == DimensionFamilies.WORK_FACTOR ? 1 + rng.nextInt(5)
                        : 1 + 6 * rng.nextDouble();
            }
        }
        return levels;
    }

    private static double[][] copy(double[][] levels) {
        double[][] out = new double[levels.length][];
        for (int i = 0; i < levels.length; i++) {
            out[i] = levels[i].clone();
        }
        return out;
    }

    private static Respondent person(double[][] levels, Answers answers) {
        return scorer(levels).respondent(answers, null);
    }

    /** A scorer over a catalog of roles "role-0", "role-1", ... with {@code levels} (one row per role). */
    static StandardFitScorer scorer(double[][] levels) {
        List<RoleProfile> roles = new ArrayList<>();
        for (int r = 0; r < levels.length; r++) {
            RolesProviderStub.RoleBuilder b = RolesProviderStub.role("role-" + r);
            double[] interests = new double[6];
            double[] values = new double[6];
            int i = 0;
            int v = 0;
            for (int d = 0; d < DIMENSIONS.size(); d++) {
                Dimension dim = DIMENSIONS.get(d);
                if (dim.family() == DimensionFamilies.INTEREST) {
                    interests[i++] = levels[r][d];
                } else if (dim.family() == DimensionFamilies.WORK_VALUE) {
                    values[v++] = levels[r][d];
                } else if (dim.family() == DimensionFamilies.WORK_FACTOR) {
                    b.factor(dim.level().source(), levels[r][d]);
                }
            }
            roles.add(b.interests(interests).values(values).build());
        }
        CareerCatalog catalog = CareerCatalog.builder().discoverProviders(false)
                .addProvider(new RolesProviderStub(roles)).strict(true).build();
        return (StandardFitScorer) FitScorers.builder().catalog(catalog).bank(BANK).build();
    }
}
