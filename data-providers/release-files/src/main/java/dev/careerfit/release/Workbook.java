package dev.careerfit.release;

import dev.careerfit.Api;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An xlsx workbook of a release, read with fastexcel-reader as the publisher distributes it: sheets by
 * name, every row of a sheet (title rows, the header, data and footnotes), cells as text or as exact
 * decimal numbers. Problems name the file, the sheet and the cell ({@code D17}).
 *
 * @since 0.2
 */
@Api(Api.Status.STABLE)
public final class Workbook {
    private final String fileName;
    private final Map<String, List<SheetRow>> sheets;

    private Workbook(String fileName, Map<String, List<SheetRow>> sheets) {
        this.fileName = fileName;
        this.sheets = sheets;
    }

    /**
     * Reads every sheet of {@code file}. A file that is missing is logged as absent; one that is not
     * an xlsx workbook fails as a whole. Either way the result is empty.
     *
     * @param note what the workbook holds, for the report of an absent file
     */
    public static Optional<Workbook> open(Path file, ImportLog log, String note) {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            log.absent(name, note);
            return Optional.empty();
        }
        Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(requireZipEndRecord(file).toFile())) {
            for (Sheet sheet : (Iterable<Sheet>) wb.getSheets()::iterator) {
                if (sheet.getName() == null) {
                    // Sheets are found by name: a workbook that names none is not one a release would be.
                    throw new IOException("sheet " + (sheets.size() + 1) + " has no name");
                }
                List<SheetRow> rows = new ArrayList<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.forEach(r -> rows.add(new SheetRow(r)));
                }
                sheets.put(sheet.getName(), rows);
            }
        } catch (IOException | RuntimeException e) {
            log.file(name, null).failed(null, "is not a readable xlsx workbook (" + message(e)
                    + "); BLS tables are published as .xlsx");
            return Optional.empty();
        }
        return Optional.of(new Workbook(name, sheets));
    }

    /** The size of a zip archive's end record without its comment, and the longest comment it can have. */
    private static final int END_RECORD = 22;
    private static final int LONGEST_COMMENT = 65_535;

    /**
     * Refuses a file that has no zip end record in its last 65,557 bytes, where the zip format puts it: an xlsx file
     * is a zip archive. fastexcel's zip reader (Commons Compress) looks for that record one byte read at a time, a
     * system call each, so for a file that is not a zip at all this check is what the refusal costs (the workbook
     * fuzz target's rate before and after is in docs/reliability.md).
     */
    static Path requireZipEndRecord(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, END_RECORD + LONGEST_COMMENT));
            channel.position(size - tail.capacity());
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // read until the buffer is full or the file ends
            }
            byte[] b = tail.array();
            for (int i = tail.position() - END_RECORD; i >= 0; i--) {
                if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                    return file;
                }
            }
        }
        throw new IOException("it is not a zip archive, as every xlsx file is: no end record");
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public String fileName() {
        return fileName;
    }

    /** The sheet names, in workbook order. */
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /** Every row of a sheet, in order; empty when there is no such sheet. */
    public List<SheetRow> rows(String sheet) {
        return sheets.getOrDefault(sheet, List.of());
    }

    public boolean hasSheet(String sheet) {
        return sheets.containsKey(sheet);
    }

    /** Logs every sheet not in {@code used} as not used, with its rows and the reason. */
    public void logUnusedSheets(List<String> used, ImportLog log, Map<String, String> reasons, String defaultReason) {
        sheets.forEach((name, rows) -> {
            if (!used.contains(name)) {
                log.notUsed(fileName, name, rows.size(), reasons.getOrDefault(name, defaultReason));
            }
        });
    }

    /**
     * Text in a canonical form for comparing headers across releases: lower case, dashes and spaces
     * unified, footnote markers such as {@code [1]} removed.
     */
    public static String canonical(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replaceAll("\\[\\d+]", "")
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ')
                .replace('\u2019', '\'').replace('\u2018', '\'');
        return t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** One row of a sheet. */
    @Api(Api.Status.STABLE)
    public static final class SheetRow {
        private final int number;
        private final List<String> texts;
        private final List<String> raws;
        private final List<CellType> types;

        SheetRow(Row row) {
            this.number = row.getRowNum();
            int n = row.getCellCount();
            List<String> t = new ArrayList<>(n);
            List<String> r = new ArrayList<>(n);
            List<CellType> ty = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Cell c = row.getCell(i);
                if (c == null || c.getType() == CellType.EMPTY) {
                    t.add(null);
                    r.add(null);
                    ty.add(CellType.EMPTY);
                } else {
                    String text = c.getText();
                    t.add(text == null || text.isBlank() ? null : text.strip());
                    r.add(c.getRawValue());
                    ty.add(c.getType());
                }
            }
            this.texts = t;
            this.raws = r;
            this.types = ty;
        }

        /** The row's number in the sheet, 1 for the first row. */
        public int number() {
            return number;
        }

        /** How many cells the row has, empty ones included. */
        public int size() {
            return texts.size();
        }

        /** Whether every cell is empty. */
        public boolean isEmpty() {
            return texts.stream().allMatch(t -> t == null);
        }

        /** The cell's text, stripped; {@code null} when empty or beyond the row. */
        public String text(int column) {
            return column < texts.size() ? texts.get(column) : null;
        }

        /** The cell's address, e.g. {@code D17}. */
        public String cell(int column) {
            StringBuilder letters = new StringBuilder();
            for (int c = column + 1; c > 0; c = (c - 1) / 26) {
                letters.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return letters.toString() + number;
        }

        /**
         * The cell as an exact decimal: the shortest decimal that reads back as the stored double,
         * so {@code 32.659999999999997} is {@code 32.66}. Numbers stored as text are read too.
         *
         * @return the number, or {@code null} when the cell is empty
         * @throws BadValueException naming the cell when it holds something else
         */
        public BigDecimal number(int column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            String raw = column < raws.size() && types.get(column) == CellType.NUMBER ? raws.get(column) : text;
            try {
                double d = Double.parseDouble(raw.replace(",", ""));
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new NumberFormatException();
                }
                BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
                // 67920 rather than 6.792E+4: whole numbers keep a scale of 0.
                return exact.scale() < 0 ? exact.setScale(0) : exact;
            } catch (NumberFormatException e) {
                throw new BadValueException("cell " + cell(column), "'" + text + "' is not a number");
            }
        }

        @Override
        public String toString() {
            return "row " + number + " " + texts;
        }
    }

    /**
     * The columns of a table found by their header text, so that a release whose columns move or
     * whose headers name new years still reads. Names match on their canonical start: "Employment
     * change, numeric" finds "Employment change, numeric, 2024–34".
     */
    @Api(Api.Status.STABLE)
    public static final class Header {
        private final SheetRow row;
        private final Map<String, Integer> columns;

        private Header(SheetRow row, Map<String, Integer> columns) {
            this.row = row;
            this.columns = columns;
        }

        /**
         * The first row among the first {@code searchRows} in which every wanted name starts a cell.
         *
         * @return the header, or empty when no row has them all
         */
        public static Optional<Header> find(List<SheetRow> rows, List<String> wanted, int searchRows) {
            for (int i = 0; i < Math.min(searchRows, rows.size()); i++) {
                SheetRow r = rows.get(i);
                Map<String, Integer> found = new LinkedHashMap<>();
                for (String w : wanted) {
                    String cw = canonical(w);
                    for (int c = 0; c < r.size(); c++) {
                        String text = r.text(c);
                        if (text != null && canonical(text).startsWith(cw)) {
                            found.putIfAbsent(w, c);
                            break;
                        }
                    }
                }
                if (found.size() == wanted.size()) {
                    return Optional.of(new Header(r, found));
                }
            }
            return Optional.empty();
        }

        /** The names among {@code wanted} that no header cell starts with, for messages. */
        public static List<String> missing(List<SheetRow> rows, List<String> wanted, int searchRows) {
            List<String> best = wanted;
            for (int i = 0; i < Math.min(searchRows, rows.size()); i++) {
                SheetRow r = rows.get(i);
                List<String> missing = new ArrayList<>();
                for (String w : wanted) {
                    String cw = canonical(w);
                    boolean present = false;
                    for (int c = 0; c < r.size() && !present; c++) {
                        String text = r.text(c);
                        present = text != null && canonical(text).startsWith(cw);
                    }
                    if (!present) {
                        missing.add(w);
                    }
                }
                if (missing.size() < best.size()) {
                    best = missing;
                }
            }
            return best;
        }

        /** The header row. */
        public SheetRow row() {
            return row;
        }

        /**
         * Goes through the rows of the table this header heads: the rows above it are skipped as
         * {@code titleRows}, the header itself as "header row" and empty rows as "blank row"; every other
         * row is handed to {@code data}, in order, which accounts for it.
         */
        public void forEachDataRow(List<SheetRow> rows, ImportLog.FileLog f, String titleRows,
                                   Consumer<SheetRow> data) {
            int headerIndex = rows.indexOf(row);
            for (int i = 0; i < rows.size(); i++) {
                SheetRow r = rows.get(i);
                if (i < headerIndex) {
                    f.skipped(titleRows);
                } else if (i == headerIndex) {
                    f.skipped("header row");
                } else if (r.isEmpty()) {
                    f.skipped("blank row");
                } else {
                    data.accept(r);
                }
            }
        }

        /** The column index of a wanted name. */
        public int column(String name) {
            Integer c = columns.get(name);
            if (c == null) {
                throw new IllegalArgumentException("column '" + name + "' was not asked for");
            }
            return c;
        }

        /** The header's text for a wanted name, as the release writes it. */
        public String text(String name) {
            return row.text(column(name));
        }
    }
}
