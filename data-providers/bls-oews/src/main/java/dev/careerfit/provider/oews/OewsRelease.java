package dev.careerfit.provider.oews;

import dev.careerfit.spi.ImportReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything read from an OEWS release: the edition, the detailed occupations in sheet order, and the
 * row accounting.
 *
 * @param edition     which release it is
 * @param occupations one per "detailed" row loaded
 * @param report      every sheet's rows, loaded or skipped with a reason, and every problem
 * @param path        the workbook read, or {@code null} when none could be
 */
record OewsRelease(OewsEdition edition, List<OewsOccupation> occupations, ImportReport report, Path path) {
    OewsRelease {
        Objects.requireNonNull(edition, "edition");
        occupations = List.copyOf(occupations);
        Objects.requireNonNull(report, "report");
    }
}
