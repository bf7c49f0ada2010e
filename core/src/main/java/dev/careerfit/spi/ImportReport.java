package dev.careerfit.spi;

import dev.careerfit.Api;
import dev.careerfit.Problem;
import dev.careerfit.internal.Checks;
import java.util.List;

/**
 * What a provider read from a release, file by file, so that every row is accounted for: read, and
 * either loaded or skipped with a reason. Files the release lacks are listed as absent, files it has
 * but the provider does not use as not used, and every problem with its file, line and column.
 *
 * @param release what was read, e.g. "O*NET 30.1 Database, December 2025 Release (snapshot built into
 *                careerfit-provider-onet)" or a folder the user named
 * @param files   one report per file (or per sheet of a workbook), in the order they were read
 * @param problems every problem found, in the order found; a file with a structural problem (a missing
 *                column, an unreadable encoding) is not loaded, a row with a bad value is skipped
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public record ImportReport(String release, List<FileReport> files, List<Problem> problems) {
    private static final ImportReport NONE = new ImportReport("", List.of(), List.of());

    public ImportReport {
        Checks.notNull(release, "release");
        files = Checks.list(files, "files");
        problems = Checks.list(problems, "problems");
    }

    /** No release was read: the provider's data is built in. */
    public static ImportReport none() {
        return NONE;
    }

    public boolean isEmpty() {
        return files.isEmpty() && problems.isEmpty();
    }

    /** Rows read over every file. */
    public long rowsRead() {
        return files.stream().mapToLong(FileReport::rowsRead).sum();
    }

    /** Rows loaded over every file. */
    public long rowsLoaded() {
        return files.stream().mapToLong(FileReport::rowsLoaded).sum();
    }
}
