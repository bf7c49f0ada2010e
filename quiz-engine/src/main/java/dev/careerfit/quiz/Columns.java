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

    /** The reference: one multiply and one add a role and dimension, dimensions in order. */
    static final class Scalar extends Columns {
        @Override
        void addInto(double[] sums, double[] byDimension, double[] vector, int roles) {
            for (int d = 0; d < vector.length; d++) {
                double v = vector[d];
                if (v == 0) {
                    continue;
                }
                int base = d * roles;
                for (int r = 0; r < roles; r++) {
                    sums[r] += v * byDimension[base + r];
                }
            }
        }
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
