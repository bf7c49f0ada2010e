package dev.careerfit.provider.ep;

import java.util.List;
import java.util.Objects;

/**
 * Which Employment Projections release was read and what its tables say about themselves: the projection
 * years from Table 1.2's headers, the survey years of Table 5.3, and the column headers as published
 * (for the provenance of each figure).
 *
 * @param label             e.g. "Employment Projections 2024-34"
 * @param release           e.g. "2024-34", or {@code null} when Table 1.2 was not read
 * @param baseYear          e.g. 2024, or {@code null}
 * @param projectionYear    e.g. 2034, or {@code null}
 * @param projectionTable   the sheet read for projections, e.g. "Table 1.2", or {@code null}
 * @param projectionColumns the headers of the columns read, in {@link EpImporter#PROJECTION_COLUMNS} order
 * @param attainmentTable   the sheet read for attainment, e.g. "Table 5.3", or {@code null}
 * @param attainmentStart   first survey year of Table 5.3, e.g. 2022, or {@code null}
 * @param attainmentEnd     last survey year of Table 5.3, e.g. 2023, or {@code null}
 * @param attainmentLabels  Table 5.3's categories as published, in its column order
 * @param files             the workbooks read, by file name
 */
record EpEdition(String label, String release, Integer baseYear, Integer projectionYear, String projectionTable,
                 List<String> projectionColumns, String attainmentTable, Integer attainmentStart,
                 Integer attainmentEnd, List<String> attainmentLabels, List<String> files) {
    EpEdition {
        Objects.requireNonNull(label, "label");
        projectionColumns = List.copyOf(projectionColumns);
        attainmentLabels = List.copyOf(attainmentLabels);
        files = List.copyOf(files);
        if (projectionTable != null && (baseYear == null || projectionYear == null || release == null
                || projectionColumns.size() != EpImporter.PROJECTION_COLUMNS.size())) {
            throw new IllegalArgumentException("a projection table needs its years and columns");
        }
        if (attainmentTable != null && (attainmentStart == null || attainmentEnd == null
                || attainmentLabels.size() != EpImporter.ATTAINMENT_CATEGORIES.size())) {
            throw new IllegalArgumentException("an attainment table needs its years and categories");
        }
    }
}
