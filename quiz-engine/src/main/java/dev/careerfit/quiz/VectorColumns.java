package dev.careerfit.quiz;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Columns} with the JDK's Vector API: as many roles at a time as the CPU's widest vector holds (8 with
 * 512-bit vectors), the rest by the scalar loop. Loaded by name, and only when the JVM has the incubator module.
 */
final class VectorColumns extends Columns {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    @Override
    void addInto(double[] sums, double[] byDimension, double[] vector, int roles) {
        int upper = SPECIES.loopBound(roles);
        int lanes = SPECIES.length();
        for (int d = 0; d < vector.length; d++) {
            double v = vector[d];
            if (v == 0) {
                continue;
            }
            int base = d * roles;
            int r = 0;
            for (; r < upper; r += lanes) {
                // mul then add, not fma: the scalar loop's rounding, lane by lane.
                DoubleVector.fromArray(SPECIES, sums, r)
                        .add(DoubleVector.fromArray(SPECIES, byDimension, base + r).mul(v)).intoArray(sums, r);
            }
            for (; r < roles; r++) {
                sums[r] += v * byDimension[base + r];
            }
        }
    }
}
