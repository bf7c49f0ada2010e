package dev.careerfit.provider.onet;

import static dev.careerfit.provider.onet.OnetFiles.CODE;
import static dev.careerfit.provider.onet.OnetFiles.CONTENT_MODEL;
import static dev.careerfit.provider.onet.OnetFiles.DATE;
import static dev.careerfit.provider.onet.OnetFiles.DOMAIN_SOURCE;
import static dev.careerfit.provider.onet.OnetFiles.ELEMENT_ID;
import static dev.careerfit.provider.onet.OnetFiles.OCCUPATION_DATA;
import static dev.careerfit.provider.onet.OnetFiles.SCALES;
import static dev.careerfit.provider.onet.OnetFiles.SCALE_ID;

import dev.careerfit.provider.onet.ImportedRelease.GapKind;
import dev.careerfit.provider.onet.ImportedRelease.Occupation;
import dev.careerfit.provider.onet.ImportedRelease.Scale;
import dev.careerfit.release.BadValueException;
import dev.careerfit.release.ImportLog;
import dev.careerfit.release.TextTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An O*NET release folder while one import reads it: the log every file reports to, the release read so
 * far, and how one file is read (its rows handled, a row of an unknown occupation skipped, a file saved as
 * UTF-16 refused) and how the values that recur in many files are read (element, scale, date, domain
 * source). The readers of each group of files ({@link ReferenceFiles}, {@link OccupationTables},
 * {@link RatingTables}, {@link EducationTable}) share one.
 */
final class OnetFolder {
    private static final Pattern DATE_PATTERN = Pattern.compile("(0[1-9]|1[0-2])/\\d{4}");
    private static final String UNKNOWN_CODE = "O*NET-SOC code not in " + OCCUPATION_DATA;

    final Path folder;
    final ImportLog log;
    final ImportedRelease release = new ImportedRelease();
    /** One copy of each recurring text (dates, domain sources, element ids), while the import runs. */
    private final Map<String, String> texts = new HashMap<>();

    OnetFolder(Path folder, ImportLog log) {
        this.folder = folder;
        this.log = log;
    }

    // ---- Reading one file ----

    /**
     * Reads a file of rows about occupations. A row whose code is not in Occupation Data is skipped
     * with that reason; a row with a bad value marks its occupation so that missing facts of
     * {@code kinds} are not stated as gaps in O*NET. When the file is read whole, the kinds become
     * gaps O*NET can be said to have.
     *
     * @param needs a reference file the rows are checked against that is missing, or {@code null}
     */
    ImportLog.FileLog table(String file, List<String> columns, String note, GapKind[] kinds, String needs,
                            BiFunction<Occupation, TextTable.Row, String> handler) {
        if (needs != null) {
            dependentFails(file, note, needs);
            return null;
        }
        long[] handled = {0};
        ImportLog.FileLog f = readTable(file, columns, note, row -> {
            handled[0]++;
            Occupation o = release.byCode.get(row.required(CODE));
            if (o == null) {
                return UNKNOWN_CODE;
            }
            try {
                return handler.apply(o, row);
            } catch (BadValueException e) {
                o.uncertain.addAll(List.of(kinds));
                throw e;
            }
        });
        if (f != null && !f.hasFailed() && f.rowsRead() == handled[0]) {
            release.gapKindsKnown.addAll(List.of(kinds));
        }
        return f;
    }

    /** Reads a file of rows about occupations that says nothing of gaps: a row of an unknown code is skipped. */
    ImportLog.FileLog occupationRows(String file, List<String> columns, String note,
                                     BiFunction<Occupation, TextTable.Row, String> handler) {
        return readTable(file, columns, note, row -> {
            Occupation o = release.byCode.get(row.required(CODE));
            return o == null ? UNKNOWN_CODE : handler.apply(o, row);
        });
    }

    /**
     * Reads one file with {@link TextTable}, after a look at its first bytes for UTF-16: without a byte
     * order mark it would decode as UTF-8 full of NUL characters and fail as "no column" with a header
     * nobody can read.
     */
    ImportLog.FileLog readTable(String file, List<String> columns, String note, TextTable.RowHandler handler) {
        String utf16 = utf16(folder.resolve(file));
        if (utf16 != null) {
            ImportLog.FileLog f = log.file(file, null);
            f.failed("line 1, column " + utf16, "was saved as UTF-16 text; release text files are UTF-8 (or ASCII), "
                    + "save it as UTF-8");
            return f;
        }
        return TextTable.read(folder, file, columns, log, note, handler);
    }

    /** Where {@code file} shows it is UTF-16: "1" for a byte order mark, else the column of a NUL byte; or null. */
    private static String utf16(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(256);
            if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                    || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                return "1";
            }
            for (int i = 0; i < head.length; i++) {
                if (head[i] == 0) {
                    return Integer.toString(i + 1);
                }
            }
            return null;
        } catch (IOException e) {
            // Absent or unreadable: TextTable reports it.
            return null;
        }
    }

    /** A file that cannot be checked because a reference it needs is missing: failed, or absent. */
    private void dependentFails(String file, String note, String reference) {
        if (Files.isRegularFile(folder.resolve(file))) {
            log.file(file, null).failed(null, "not read: its rows are checked against " + reference
                    + ", which is absent or could not be read");
        } else {
            log.absent(file, note);
        }
    }

    static boolean usable(ImportLog.FileLog f) {
        return f != null && !f.hasFailed();
    }

    /** Counts and reports the files careerfit does not use: those of the release it knows, then any others. */
    void notUsed() {
        for (String file : OnetFiles.NOT_USED_ORDER) {
            TextTable.notUsed(folder, file, log, OnetFiles.NOT_USED.get(file));
        }
        for (String file : unknownFiles()) {
            TextTable.notUsed(folder, file, log, "not a file of the O*NET text release that careerfit knows");
        }
    }

    /** Files in the folder that are not part of the release careerfit knows, by name. */
    private List<String> unknownFiles() {
        Set<String> known = OnetFiles.known();
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !known.contains(n)).forEach(unknown::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return new ArrayList<>(unknown);
    }

    // ---- Values that recur across files ----

    String element(TextTable.Row row) {
        String id = row.required(ELEMENT_ID);
        if (!release.elements.containsKey(id)) {
            throw new BadValueException(ELEMENT_ID, "'" + id + "' is not an element of " + CONTENT_MODEL);
        }
        return text(id);
    }

    Scale scale(TextTable.Row row) {
        String id = row.required(SCALE_ID);
        Scale scale = release.scales.get(id);
        if (scale == null) {
            throw new BadValueException(SCALE_ID, "'" + id + "' is not a scale of " + SCALES);
        }
        return scale;
    }

    /** The row's Date, {@code MM/YYYY}, or {@code null} for n/a. */
    String date(TextTable.Row row) {
        String d = row.optional(DATE);
        if (d != null && !DATE_PATTERN.matcher(d).matches()) {
            throw new BadValueException(DATE, "'" + d + "' is not a month and year such as 08/2023");
        }
        return text(d);
    }

    String domain(TextTable.Row row) {
        return text(row.optional(DOMAIN_SOURCE));
    }

    String text(String s) {
        if (s == null) {
            return null;
        }
        String known = texts.putIfAbsent(s, s);
        return known != null ? known : s;
    }
}
