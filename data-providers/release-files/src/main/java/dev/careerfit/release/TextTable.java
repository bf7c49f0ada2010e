package dev.careerfit.release;

import dev.careerfit.Api;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one tab-delimited text file of a release in its official layout: a header line naming the
 * columns, then one row a line (O*NET's text release: UTF-8 or ASCII, CRLF or LF line ends,
 * {@code n/a} where a value does not apply). Columns are found by name, so a release that adds
 * columns still reads; one that lacks a needed column fails as a whole, naming the column.
 *
 * <p>Every data line is accounted for in the {@link ImportLog}: the handler says whether the row was
 * loaded or why it was skipped; a bad value (a {@link BadValueException} from a {@link Row}
 * accessor), a line with too few fields (a file cut short) or bytes that are not UTF-8 skip the row
 * as invalid, with its line and column in the problem.
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class TextTable {
    /** O*NET's marker for a value that does not apply. */
    public static final String NOT_APPLICABLE = "n/a";

    private TextTable() {}

    /** Decides what becomes of one row: {@code null} when it was loaded, otherwise why it was skipped. */
    @FunctionalInterface
    @Api(Api.Status.STABLE)
    public interface RowHandler {
        String accept(Row row);
    }

    /**
     * Reads {@code fileName} in {@code folder}, handing each row to {@code handler}.
     *
     * @param columns the columns the importer needs; all must be in the header
     * @param note    what the file holds, for the report
     * @return the file's log, or {@code null} when the file is absent (logged as absent)
     */
    public static ImportLog.FileLog read(Path folder, String fileName, List<String> columns, ImportLog log,
                                         String note, RowHandler handler) {
        Path file = folder.resolve(fileName);
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (NoSuchFileException e) {
            log.absent(fileName, note);
            return null;
        } catch (IOException e) {
            ImportLog.FileLog f = log.file(fileName, null);
            f.failed(null, "cannot be read: " + e.getMessage());
            return f;
        }
        ImportLog.FileLog f = log.file(fileName, null);
        f.note(note);
        try (in) {
            readRows(in, columns, f, handler);
        } catch (IOException e) {
            f.failed(null, "could not be read to the end: " + e.getMessage());
        }
        return f;
    }

    /** Counts the data lines of a file the importer does not use, and logs them as not used. */
    public static void notUsed(Path folder, String fileName, ImportLog log, String reason) {
        Path file = folder.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            log.absent(fileName, "not used: " + reason);
            return;
        }
        long lines = 0;
        boolean pending = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        pending = false;
                    } else {
                        pending = true;
                    }
                }
            }
        } catch (IOException e) {
            log.file(fileName, null).failed(null, "cannot be read: " + e.getMessage());
            return;
        }
        long dataLines = Math.max(0, lines + (pending ? 1 : 0) - 1);
        log.notUsed(fileName, null, dataLines, reason);
    }

    private static void readRows(InputStream in, List<String> columns, ImportLog.FileLog f, RowHandler handler)
            throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        LineReader lines = new LineReader(in);
        byte[] headerBytes = lines.next();
        if (headerBytes == null) {
            f.failed("line 1", "the file is empty; expected a header line naming the columns " + columns);
            return;
        }
        String header;
        try {
            header = decode(utf8, headerBytes);
        } catch (MalformedInputException e) {
            failRest(f, lines, "line 1, column " + (firstBadByte(headerBytes) + 1), "is not UTF-8 or ASCII text; "
                    + "release text files are UTF-8: was it saved in another encoding, such as UTF-16?");
            return;
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        int nul = header.indexOf('\0');
        if (nul >= 0) {
            failRest(f, lines, "line 1, column " + (nul + 1), "holds NUL bytes: the file was saved as UTF-16; "
                    + "release text files are UTF-8");
            return;
        }
        String[] names = header.split("\t", -1);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.putIfAbsent(names[i].strip(), i);
        }
        for (String c : columns) {
            if (!index.containsKey(c)) {
                failRest(f, lines, "line 1", "has no column '" + c + "'" + closest(c, names) + "; the header has "
                        + List.of(names) + " (a renamed or missing column: is this the official layout?)");
                return;
            }
        }
        int lineNumber = 1;
        for (byte[] bytes = lines.next(); bytes != null; bytes = lines.next()) {
            lineNumber++;
            if (bytes.length == 0) {
                f.skipped("blank line");
                continue;
            }
            String text;
            try {
                text = decode(utf8, bytes);
            } catch (MalformedInputException e) {
                f.invalid("line " + lineNumber + ", column " + (firstBadByte(bytes) + 1),
                        "bytes that are not UTF-8 text; release text files are UTF-8");
                continue;
            }
            String[] fields = text.split("\t", -1);
            if (fields.length < names.length) {
                f.invalid("line " + lineNumber + ", column '" + names[fields.length].strip() + "'", "has "
                        + fields.length + " of the header's " + names.length + " fields"
                        + (lines.endedWithoutNewline() && lines.atEnd() ? "; the file looks cut short" : ""));
                continue;
            }
            if (fields.length > names.length) {
                f.invalid("line " + lineNumber, "has " + fields.length + " fields, more than the header's "
                        + names.length + " (a tab inside a value?)");
                continue;
            }
            Row row = new Row(lineNumber, fields, index);
            String skipped;
            try {
                skipped = handler.accept(row);
            } catch (BadValueException e) {
                f.invalid("line " + lineNumber + ", column '" + e.column() + "'", e.getMessage());
                continue;
            }
            if (skipped == null) {
                f.loaded();
            } else {
                f.skipped(skipped);
            }
        }
    }

    /** Fails the file and counts its remaining lines as skipped, so its rows are still accounted for. */
    private static void failRest(ImportLog.FileLog f, LineReader lines, String where, String message) throws IOException {
        f.failed(where, message);
        for (byte[] rest = lines.next(); rest != null; rest = lines.next()) {
            f.skipped("file failed: nothing of it is loaded");
        }
    }

    private static String decode(CharsetDecoder decoder, byte[] bytes) throws CharacterCodingException {
        decoder.reset();
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    private static int firstBadByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return 0;
    }

    private static String closest(String wanted, String[] names) {
        for (String n : names) {
            if (n.strip().equalsIgnoreCase(wanted) || n.strip().replace(" ", "").equalsIgnoreCase(wanted.replace(" ", ""))) {
                return " (found '" + n.strip() + "')";
            }
        }
        return "";
    }

    /** One data row, its values found by column name. */
    @Api(Api.Status.STABLE)
    public static final class Row {
        private final int line;
        private final String[] fields;
        private final Map<String, Integer> index;

        Row(int line, String[] fields, Map<String, Integer> index) {
            this.line = line;
            this.fields = fields;
            this.index = index;
        }

        /** The line number in the file, the header being line 1. */
        public int line() {
            return line;
        }

        /** The value as written, stripped of surrounding spaces. */
        public String text(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalArgumentException("column '" + column + "' was not asked for when the table was read");
            }
            return fields[i].strip();
        }

        /** The value, or {@code null} when it is {@code n/a} or empty. */
        public String optional(String column) {
            String t = text(column);
            return t.isEmpty() || t.equals(NOT_APPLICABLE) ? null : t;
        }

        /** The value, which must not be empty or {@code n/a}. */
        public String required(String column) {
            String t = optional(column);
            if (t == null) {
                throw new BadValueException(column, "is empty; a value is needed here");
            }
            return t;
        }

        /** A number; {@code n/a} and words are bad values. */
        public double number(String column) {
            return parse(column, required(column));
        }

        /** A number, or {@code null} for {@code n/a}. */
        public Double optionalNumber(String column) {
            String t = optional(column);
            return t == null ? null : parse(column, t);
        }

        /** A whole number, or {@code null} for {@code n/a}. */
        public Integer optionalInteger(String column) {
            String t = optional(column);
            if (t == null) {
                return null;
            }
            try {
                return Integer.valueOf(t);
            } catch (NumberFormatException e) {
                throw new BadValueException(column, "'" + t + "' is not a whole number");
            }
        }

        /** A whole number. */
        public int integer(String column) {
            Integer v = optionalInteger(column);
            if (v == null) {
                throw new BadValueException(column, "is empty or n/a; a whole number is needed here");
            }
            return v;
        }

        /** {@code Y} or {@code N} as a boolean; {@code null} for {@code n/a}. */
        public Boolean flag(String column) {
            String t = optional(column);
            if (t == null) {
                return null;
            }
            return switch (t) {
                case "Y" -> Boolean.TRUE;
                case "N" -> Boolean.FALSE;
                default -> throw new BadValueException(column, "'" + t + "' must be Y or N");
            };
        }

        private static double parse(String column, String text) {
            try {
                double v = Double.parseDouble(text);
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new BadValueException(column, "'" + text + "' is not a number");
            }
        }
    }

    /** Splits a byte stream into lines on LF, dropping a CR before it. */
    private static final class LineReader {
        private static final int CHUNK = 1 << 16;
        private final InputStream in;
        private final byte[] buffer = new byte[CHUNK];
        /** The buffer as Latin-1 text, one char a byte: where a line ends is found with the JDK's indexOf. */
        private String text = "";
        private int position;
        private int limit;
        private boolean atEnd;
        private boolean endedWithoutNewline;

        LineReader(InputStream in) {
            this.in = in;
        }

        /**
         * The next line's bytes without its line break ({@code \n}, or {@code \r\n}); {@code null} at the end. Read a
         * buffer at a time: the first version read byte by byte, which the fuzzer's comparison tracing made 5 times
         * slower than the rest of the reader together.
         */
        byte[] next() throws IOException {
            if (atEnd) {
                return null;
            }
            ByteArrayOutputStream started = null;
            while (true) {
                if (position == limit && !fill()) {
                    atEnd = true;
                    if (started == null || started.size() == 0) {
                        return null;
                    }
                    endedWithoutNewline = true;
                    return withoutReturn(started.toByteArray());
                }
                int newline = text.indexOf('\n', position);
                if (newline >= 0) {
                    byte[] line;
                    if (started == null) {
                        line = Arrays.copyOfRange(buffer, position, newline);
                    } else {
                        started.write(buffer, position, newline - position);
                        line = started.toByteArray();
                    }
                    position = newline + 1;
                    return withoutReturn(line);
                }
                if (started == null) {
                    started = new ByteArrayOutputStream(256 + limit - position);
                }
                started.write(buffer, position, limit - position);
                position = limit;
            }
        }

        /** Reads the next buffer; false at the end of the input. */
        private boolean fill() throws IOException {
            int n = in.readNBytes(buffer, 0, CHUNK);
            if (n <= 0) {
                return false;
            }
            position = 0;
            limit = n;
            text = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
            return true;
        }

        private static byte[] withoutReturn(byte[] line) {
            int n = line.length;
            return n > 0 && line[n - 1] == '\r' ? Arrays.copyOf(line, n - 1) : line;
        }

        boolean atEnd() {
            return atEnd;
        }

        boolean endedWithoutNewline() {
            return endedWithoutNewline;
        }
    }
}
