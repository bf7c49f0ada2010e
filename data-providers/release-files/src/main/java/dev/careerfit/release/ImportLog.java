package dev.careerfit.release;

import dev.careerfit.Api;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.spi.FileReport;
import dev.careerfit.spi.ImportReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accounts for every row of every file an importer reads: loaded, or skipped with a reason; files
 * absent, not used, or failed as a whole; and every problem with its file, line and column. A lenient
 * log collects problems and lets the import go on; a strict one throws at the first.
 *
 * <pre>{@code
 * ImportLog log = new ImportLog("provider 'onet'", strict);
 * ImportLog.FileLog skills = log.file("Skills.txt", null);
 * skills.loaded();                       // a row whose content is kept
 * skills.skipped("suppression advised"); // a row left out, and why
 * ImportReport report = log.report("O*NET 30.1 Database");
 * }</pre>
 *
 * <p>Not thread-safe; one importer fills one log.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class ImportLog {
    /** At most this many problems are kept per file; the rest are counted. */
    public static final int MAX_PROBLEMS_PER_FILE = 20;

    private final String subject;
    private final boolean strict;
    private final List<FileLog> files = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param subject what is being imported, for exceptions: {@code provider 'onet'}
     * @param strict  whether the first problem throws
     */
    public ImportLog(String subject, boolean strict) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.strict = strict;
    }

    public boolean strict() {
        return strict;
    }

    /** Starts the accounting of a file (or of one sheet of a workbook), read and loaded. */
    public FileLog file(String file, String part) {
        FileLog f = new FileLog(file, part);
        files.add(f);
        return f;
    }

    /** A file the release folder does not have. Not a problem: a release may leave files out. */
    public void absent(String file, String note) {
        FileLog f = file(file, null);
        f.status = FileReport.Status.ABSENT;
        f.note = note;
    }

    /** A file (or sheet) present but not used, with its row count and why; every row is skipped for that reason. */
    public void notUsed(String file, String part, long rows, String reason) {
        FileLog f = file(file, part);
        f.status = FileReport.Status.NOT_USED;
        f.note = reason;
        if (rows > 0) {
            f.read += rows;
            f.skipped.merge("not used: " + reason, rows, Long::sum);
        }
    }

    /** Records a problem; in strict mode throws it at once. */
    public void problem(Problem problem) {
        problems.add(problem);
        if (strict) {
            throw new InvalidDataException(subject, List.of(problem));
        }
    }

    /** Every problem so far. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The report of everything logged. */
    public ImportReport report(String release) {
        List<FileReport> reports = new ArrayList<>(files.size());
        for (FileLog f : files) {
            reports.add(new FileReport(f.file, f.part, f.status, f.read, f.loaded, f.skipped, f.note));
        }
        return new ImportReport(release, reports, problems);
    }

    /** The accounting of one file or sheet. */
    @Api(Api.Status.STABLE)
    public final class FileLog {
        private final String file;
        private final String part;
        private FileReport.Status status = FileReport.Status.LOADED;
        private long read;
        private long loaded;
        private final Map<String, Long> skipped = new LinkedHashMap<>();
        private String note;
        private int problemCount;

        private FileLog(String file, String part) {
            this.file = Objects.requireNonNull(file, "file");
            this.part = part;
        }

        /** The file, and the sheet where there is one, as problems name it. */
        public String name() {
            return part == null ? file : file + ", sheet '" + part + "'";
        }

        /** A row read and kept. */
        public void loaded() {
            read++;
            loaded++;
        }

        /** A row read and not kept, for {@code reason}. */
        public void skipped(String reason) {
            read++;
            skipped.merge(reason, 1L, Long::sum);
        }

        /**
         * A row with a bad value: skipped as invalid, and the problem recorded with its place
         * ({@code line 17, column 'Data Value'}).
         */
        public void invalid(String where, String message) {
            skipped("invalid (see the problems)");
            problem(where, message);
        }

        /** A problem with this file at {@code where}; counted, and kept up to {@link #MAX_PROBLEMS_PER_FILE}. */
        public void problem(String where, String message) {
            problemCount++;
            Problem p = new Problem(name() + (where == null ? "" : ", " + where), message);
            if (problemCount <= MAX_PROBLEMS_PER_FILE || strict) {
                ImportLog.this.problem(p);
            } else if (problemCount == MAX_PROBLEMS_PER_FILE + 1) {
                problems.add(new Problem(name(), "more problems in this file are not listed"));
            }
        }

        /**
         * The file cannot be used as a whole (a column is missing, it is not text or not a workbook):
         * nothing of it is loaded. Rows already counted are turned into skipped rows.
         */
        public void failed(String where, String message) {
            status = FileReport.Status.FAILED;
            if (loaded > 0) {
                skipped.merge("file failed: nothing of it is loaded", loaded, Long::sum);
                loaded = 0;
            }
            note = message;
            problem(where, message);
        }

        /**
         * Like {@link #failed(String, String)}, for a file or sheet none of whose {@code rows} is read: each
         * is counted as skipped for it, so that the rows are still accounted for.
         */
        public void failed(String where, String message, long rows) {
            failed(where, message);
            if (rows > 0) {
                read += rows;
                skipped.merge("not read: the " + (part == null ? "file" : "sheet") + " failed (see the problems)",
                        rows, Long::sum);
            }
        }

        /** What the file holds, for the report. */
        public void note(String text) {
            this.note = text;
        }

        public boolean hasFailed() {
            return status == FileReport.Status.FAILED;
        }

        public long rowsRead() {
            return read;
        }

        public long rowsLoaded() {
            return loaded;
        }
    }
}
