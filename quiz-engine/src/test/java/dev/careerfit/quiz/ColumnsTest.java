package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Vector API's loop gives the scalar loop's sums to the last bit, so a ranking is the same whichever runs: for
 * role counts that do and do not fill whole vectors, dimensions the person left at zero, and the national catalog's
 * shape (1,019 roles, 30 dimensions).
 */
class ColumnsTest {
    @Test
    void theVectorLoopIsPresentInTheTestsAndUsedByEveryRanking() {
        assertThat(Columns.vector()).isPresent();
        assertThat(Columns.INSTANCE).isInstanceOf(VectorColumns.class);
    }

    @Test
    void theVectorLoopGivesTheScalarLoopsSumsToTheLastBit() {
        Random random = new Random(24);
        Columns vector = Columns.vector().orElseThrow();
        for (int[] shape : new int[][] {{1019, 30}, {1, 3}, {7, 5}, {8, 1}, {9, 12}, {64, 30}, {1000, 31}}) {
            int roles = shape[0];
            int dims = shape[1];
            double[] matrix = random.doubles(roles * dims, -1, 1).toArray();
            double[] person = random.doubles(dims, -1, 1).toArray();
            person[random.nextInt(dims)] = 0;
            double[] scalar = random.doubles(roles).toArray();
            double[] vectored = scalar.clone();

            new Columns.Scalar().addInto(scalar, matrix, person, roles);
            vector.addInto(vectored, matrix, person, roles);

            assertThat(vectored).as("%d roles, %d dimensions", roles, dims).containsExactly(scalar);
        }
    }

    /**
     * The scalar loop adds four dimensions in one pass over the roles; the definition is one pass a dimension, in
     * order. Dimension counts around multiples of four, with and without dimensions at zero.
     */
    @Test
    void theScalarLoopGivesTheSumsOfOnePassADimensionToTheLastBit() {
        Random random = new Random(4);
        for (int dims = 1; dims <= 13; dims++) {
            for (int roles : new int[] {1, 9, 1019}) {
                double[] matrix = random.doubles(roles * dims, -1, 1).toArray();
                double[] person = random.doubles(dims, -1, 1).toArray();
                if (dims % 2 == 0) {
                    person[random.nextInt(dims)] = 0;
                }
                double[] start = random.doubles(roles, -1, 1).toArray();
                double[] definition = start.clone();
                for (int d = 0; d < dims; d++) {
                    for (int r = 0; r < roles; r++) {
                        definition[r] += person[d] * matrix[d * roles + r];
                    }
                }
                double[] blocked = start.clone();

                new Columns.Scalar().addInto(blocked, matrix, person, roles);

                assertThat(blocked).as("%d roles, %d dimensions", roles, dims).containsExactly(definition);
            }
        }
    }

    @Test
    void aSystemPropertyKeepsTheScalarLoop() {
        System.setProperty("careerfit.scalar", "true");
        try {
            assertThat(Columns.vector()).isEmpty();
        } finally {
            System.clearProperty("careerfit.scalar");
        }
    }
}
