package dev.careerfit.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A role's percentile on a dimension is its mid-rank among the roles rated (docs/scoring.md): the share
 * below it plus half the share equal to it, unrated roles left out. Checked against that definition,
 * counted directly, on random columns with many ties and gaps.
 */
class MidRankProperties {
    @Property(tries = 300)
    void everyPercentileIsTheShareBelowPlusHalfTheShareEqual(
            @ForAll @Size(max = 60) List<@IntRange(min = -1, max = 6) Integer> column) {
        // -1 stands for a role without a level; the rest are levels with many ties.
        double[] values = column.stream().mapToDouble(v -> v < 0 ? Double.NaN : v / 2.0).toArray();

        double[] p = ScoringIndex.midRanks(values);

        long rated = column.stream().filter(v -> v >= 0).count();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                assertThat(p[i]).isNaN();
                continue;
            }
            double v = values[i];
            long below = column.stream().filter(x -> x >= 0 && x / 2.0 < v).count();
            long equal = column.stream().filter(x -> x >= 0 && x / 2.0 == v).count();
            assertThat(p[i]).isCloseTo((below + equal / 2.0) / rated, org.assertj.core.data.Offset.offset(1e-12));
        }
    }
}
