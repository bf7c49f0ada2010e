package dev.careerfit.provider.ep;

import dev.careerfit.spi.ImportReport;
import java.util.List;
import java.util.Objects;

/**
 * Everything read from an Employment Projections release: the edition, the occupations in Table 1.2's
 * order, and the row accounting of every sheet of every workbook.
 *
 * @param edition     which release it is
 * @param occupations one per Table 1.2 line item (and per Table 5.3 row without one)
 * @param report      every sheet's rows, loaded or skipped with a reason, and every problem
 * @param files       what was read, for describing the release, e.g. "/data/ep/occupation.xlsx, ..."
 */
record EpRelease(EpEdition edition, List<EpOccupation> occupations, ImportReport report, String files) {
    EpRelease {
        Objects.requireNonNull(edition, "edition");
        occupations = List.copyOf(occupations);
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(files, "files");
    }
}
