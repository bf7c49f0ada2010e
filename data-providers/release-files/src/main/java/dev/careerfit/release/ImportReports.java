package dev.careerfit.release;

import dev.careerfit.Api;
import dev.careerfit.Problem;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ImportReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link ImportReport} into a snapshot and reads it back, so that the row accounting of the
 * release a snapshot was made from travels with it and {@code careerfit sources} can show it offline.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class ImportReports {
    /** The section a snapshot keeps its import report in. */
    public static final String SECTION = "import-report";

    private ImportReports() {}

    public static void write(ImportReport report, SnapshotOutput out) {
        out.text(report.release());
        out.varInt(report.files().size());
        for (FileReport f : report.files()) {
            out.shared(f.file()).shared(f.part()).varInt(f.status().ordinal()).varLong(f.rowsRead())
                    .varLong(f.rowsLoaded()).text(f.note());
            out.varInt(f.skipped().size());
            f.skipped().forEach((reason, n) -> out.shared(reason).varLong(n));
        }
        out.varInt(report.problems().size());
        for (Problem p : report.problems()) {
            out.text(p.where()).text(p.message());
        }
    }

    /**
     * Reads a report back.
     *
     * @param release replaces the release description written, e.g. to say it is the built-in snapshot
     */
    public static ImportReport read(SnapshotInput in, String release) {
        String written = in.text();
        int n = in.varInt();
        List<FileReport> files = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String file = in.shared();
            String part = in.shared();
            FileReport.Status status = FileReport.Status.values()[in.varInt()];
            long read = in.varLong();
            long loaded = in.varLong();
            String note = in.text();
            int s = in.varInt();
            Map<String, Long> skipped = new LinkedHashMap<>();
            for (int j = 0; j < s; j++) {
                skipped.put(in.shared(), in.varLong());
            }
            files.add(new FileReport(file, part, status, read, loaded, skipped, note));
        }
        int p = in.varInt();
        List<Problem> problems = new ArrayList<>(p);
        for (int i = 0; i < p; i++) {
            problems.add(new Problem(in.text(), in.text()));
        }
        return new ImportReport(release == null ? written : release, files, problems);
    }
}
