package dev.careerfit.quiz;

import java.util.Optional;

/**
 * The ranking's inner loop: a person's vector times each dimension's column of the index's dimension-major matrix,
 * added into every role's sum. The scalar loop is the reference; where the JDK's Vector API is present (JDK 17:
 * {@code --add-modules jdk.incubator.vector}, e.g. {@code CAREERFIT_JAVA_OPTS}) the same sums come from
 * {@code VectorColumns}, a lane a role, each lane adding the dimensions in the same order with a multiply and an
 * add as the scalar loop does, so the sums are the same to the last bit ({@code ColumnsTest}). Without the
 * module nothing of it is loaded.
 */
abstract class Columns {
    /** The loop every ranking uses: the Vector API's when present, else the scalar one. */
    static final Columns INSTANCE = vector().orElse(new Scalar());

    /** Adds {@code vector[d] * byDimension[d * roles + r]} into {@code sums[r]} for every dimension and role. */
    abstract void addInto(double[] sums, double[] byDimension, double[] vector, int roles);

    /**
     * The reference: one multiply and one add a role and dimension, dimensions in order, the dimensions the person
     * left at 0 skipped. Four dimensions are added in one pass over the roles, each role's sum kept in a register
     * between them: the same operations in the same order as four passes (so the same sums to the last bit,
     * {@code ColumnsTest}), with a quarter of the loads and stores of the sums.
     */
    static final class Scalar extends Columns {
        @Override
        void addInto(double[] sums, double[] byDimension, double[] vector, int roles) {
            int[] live = live(vector);
            int m = live.length;
            int i = 0;
            for (; i + 4 <= m; i += 4) {
                double v0 = vector[live[i]];
                double v1 = vector[live[i + 1]];
                double v2 = vector[live[i + 2]];
                double v3 = vector[live[i + 3]];
                int b0 = live[i] * roles;
                int b1 = live[i + 1] * roles;
                int b2 = live[i + 2] * roles;
                int b3 = live[i + 3] * roles;
                for (int r = 0; r < roles; r++) {
                    double s = sums[r];
                    s += v0 * byDimension[b0 + r];
                    s += v1 * byDimension[b1 + r];
                    s += v2 * byDimension[b2 + r];
                    s += v3 * byDimension[b3 + r];
                    sums[r] = s;
                }
            }
            for (; i < m; i++) {
                double v = vector[live[i]];
                int base = live[i] * roles;
                for (int r = 0; r < roles; r++) {
                    sums[r] += v * byDimension[base + r];
                }
            }
        }
    }

    /** The dimensions where {@code vector} is not 0, in order: the others add nothing. */
    static int[] live(double[] vector) {
        int m = 0;
        for (double v : vector) {
            m += v != 0 ? 1 : 0;
        }
        int[] live = new int[m];
        for (int d = 0, i = 0; d < vector.length; d++) {
            if (vector[d] != 0) {
                live[i++] = d;
            }
        }
        return live;
    }

    /** The Vector API loop, when the JVM has the module and it may be read; empty otherwise. */
    static Optional<Columns> vector() {
        if (Boolean.getBoolean("careerfit.scalar")) {
            return Optional.empty();
        }
        return ModuleLayer.boot().findModule("jdk.incubator.vector").flatMap(module -> {
            try {
                // On the module path the engine reads only core; a module may add a read edge for itself.
                Columns.class.getModule().addReads(module);
                return Optional.of((Columns) Class.forName("dev.careerfit.quiz.VectorColumns")
                        .getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                return Optional.empty();
            }
        });
    }
}
