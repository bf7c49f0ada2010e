package dev.careerfit.cli;

import dev.careerfit.json.OutputTarget;
import dev.careerfit.quiz.batch.BatchError;
import dev.careerfit.quiz.batch.BatchRow;
import dev.careerfit.quiz.batch.BatchScorer;
import dev.careerfit.role.RoleId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code careerfit batch}: many people's answers scored at once, their best occupations as JSON lines or CSV. */
@Command(name = "batch", description = {"Score many people at once: each person's best occupations out of all of "
        + "them (or out of --roles), as JSON lines or CSV. Input is JSON lines, one answers document per line (as "
        + "the quiz saves it) with the person's id in \"person\", or a folder of answers files (the id is the file "
        + "name). Lines that cannot be scored go to the errors file, as does a person whose id an earlier line has; "
        + "the others are still scored. See docs/batch.md."})
final class BatchCommand extends CliCommand {
    /** Lines handed to a thread at a time: enough to make the hand-over cheap, few enough to keep memory flat. */
    static final int CHUNK = 128;
    /** Chunks read ahead per thread: the bound on what is held in memory at once. */
    static final int AHEAD_PER_THREAD = 4;

    /** The shape of the results. */
    enum Format { JSONL, CSV }

    @Parameters(index = "0", paramLabel = "INPUT", description = "A JSON-lines file (one answers document per "
            + "line with a \"person\" id), a folder of answers files (.json, .yaml, .yml), or - for standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where the results go (default: standard output).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default) or csv. The columns either "
            + "way: person, rank, role, title, score, low, high, band, flags.")
    Format format = Format.JSONL;

    @Option(names = {"-k", "--top"}, paramLabel = "K",
            description = "How many of each person's best occupations to give (default " + BatchScorer.DEFAULT_TOP + ").")
    int top = BatchScorer.DEFAULT_TOP;

    @Option(names = "--roles", paramLabel = "ROLE", split = ",", description = "Rank only these roles "
            + "(comma-separated ids); ranks stay those among every occupation.")
    List<String> roles = List.of();

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that score (default: the number of processors).")
    Integer threads;

    @Option(names = "--errors", paramLabel = "FILE", description = "Where lines that cannot be scored go, one JSON "
            + "line each (default: OUTPUT's name with .errors.jsonl, or batch-errors.jsonl). Made only when a "
            + "line fails; an older file there is emptied when none does.")
    Path errors;

    @Option(names = "--progress", negatable = true, description = "Show progress on standard error (default: only "
            + "on a terminal).")
    Boolean progress;

    BatchCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw usage("--top must be at least 1, was " + top);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw usage("--threads must be at least 1, was " + workers);
        }
        Input in = Input.open(input, context);
        BatchScorer batch;
        OutputTarget results;
        OutputTarget errorsTarget;
        try {
            // Where everything goes is checked before any scoring: neither output may be an input.
            results = output == null ? OutputTarget.standardOutput() : OutputTarget.of(output, in.files());
            errorsTarget = OutputTarget.of(errors != null ? errors : results.beside(
                    name -> name.replaceFirst("\\.[^.]*$", "") + ".errors.jsonl").orElse(Path.of(DEFAULT_ERRORS)),
                    in.files());
            if (results.isStandardOutput() ? errorsTarget.isStandardOutput()
                    : results.file().equals(errorsTarget.file())) {
                throw usage("--errors must not be the --output file");
            }
            batch = new BatchScorer(context.scorer(), top, roles.stream().map(r -> RoleId.of(context.requireRole(r)))
                    .toList());
        } catch (Exception e) {
            in.close();
            throw e;
        }
        Progress meter = new Progress(err(), progress != null ? progress : context.terminal(), in.size());
        long started = System.nanoTime();
        Totals totals = new Totals();
        PersonIds seen = new PersonIds();
        OutputTarget.Output failures = null;
        try (in; OutputTarget.Output rows = results.open(out())) {
            if (format == Format.CSV) {
                rows.write(BatchRow.csvHeader() + "\n");
            }
            // The errors file is made only when a line fails.
            OutputTarget.Output[] errorsOut = new OutputTarget.Output[1];
            OrderedWork.run(in, chunk -> score(batch, chunk), done -> {
                int start = 0;
                for (Scored one : done.people()) {
                    BatchError error = one.error();
                    long earlier = one.person() == null ? -1 : seen.add(one.person(), one.item().place());
                    if (earlier >= 0 && error == null) {
                        error = one.item().error(one.person(), "person '" + one.person() + "' is also "
                                + in.describe(earlier) + "; give each person their own id");
                    }
                    if (error != null) {
                        if (errorsOut[0] == null) {
                            errorsOut[0] = errorsTarget.open(out());
                        }
                        errorsOut[0].write(error.toJson() + "\n");
                        totals.failed++;
                    } else {
                        rows.write(done.rows(), start, one.end() - start);
                    }
                    start = one.end();
                    totals.people++;
                }
                if (results.isStandardOutput()) {
                    CheckedWriter.check(out(), "standard output");
                }
                meter.update(totals.people, in.position());
            }, workers, workers * AHEAD_PER_THREAD);
            failures = errorsOut[0];
            rows.commit();
            if (failures != null) {
                failures.commit();
            }
        } finally {
            if (failures != null) {
                failures.close();
            }
        }
        meter.clear();
        if (totals.failed == 0 && errorsTarget.file().filter(Files::exists).isPresent()) {
            // An errors file an earlier run left describes that run, not this one: emptied, not removed, since the
            // user may have named it (or a link to it) and nothing they name is taken away.
            errorsTarget.write("", out());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String where = output == null ? "" : "; results in " + output;
        if (totals.failed > 0) {
            err().println(style().yellow(String.format(Locale.ROOT, "careerfit: scored %,d of %,d people in %.1f s%s; "
                    + "%,d could not be scored: see %s", totals.people - totals.failed, totals.people, seconds, where,
                    totals.failed, errorsTarget)));
            return ExitCodes.SOME_FAILED;
        }
        if (meter.shown()) {
            err().println(String.format(Locale.ROOT, "Scored %,d people in %.1f s (%,.0f a second)%s.", totals.people,
                    seconds, totals.people / Math.max(seconds, 1e-9), where));
        }
        return ExitCodes.OK;
    }

    /** The errors file when the results go to standard output and --errors is not given. */
    static final String DEFAULT_ERRORS = "batch-errors.jsonl";

    /**
     * One chunk scored, on a worker thread: the rows as text in the output's format, and person by person where
     * theirs end or why they have none, with their ids, to find duplicates in input order.
     */
    private Done score(BatchScorer batch, List<Item> chunk) {
        StringBuilder text = new StringBuilder(chunk.size() * top * 140);
        List<Scored> people = new ArrayList<>(chunk.size());
        for (Item item : chunk) {
            BatchScorer.Outcome o = item.score(batch);
            for (BatchRow row : o.rows()) {
                (format == Format.CSV ? row.appendCsv(text) : row.appendJson(text)).append('\n');
            }
            people.add(new Scored(item, o.failed() ? o.error().person() : o.rows().get(0).person(), o.error(),
                    text.length()));
        }
        return new Done(text.toString(), people);
    }

    /** A chunk's results: the rows of everyone scored, and each person. */
    private record Done(String rows, List<Scored> people) {}

    /**
     * One person of a chunk: their id when it could be read, their error or else where their rows end in the
     * chunk's text.
     */
    private record Scored(Item item, String person, BatchError error, int end) {}

    /** What has been written so far. */
    private static final class Totals {
        long people;
        long failed;
    }

    /** One person to score: a line of JSON-lines input, or a file of a folder. */
    private interface Item {
        BatchScorer.Outcome score(BatchScorer batch);

        /** Where it is in the input, for {@link Input#describe}: the line number, or the file's place in the folder. */
        long place();

        /** An error of this line or file about {@code person}, placed as the scorer places its own. */
        BatchError error(String person, String message);
    }

    private record Line(String source, long number, String text) implements Item {
        @Override
        public BatchScorer.Outcome score(BatchScorer batch) {
            return batch.scoreLine(text, source, number);
        }

        @Override
        public long place() {
            return number;
        }

        @Override
        public BatchError error(String person, String message) {
            return new BatchError(source, number, person, source + ":" + number + ": " + message);
        }
    }

    private record AnswersFile(Path file, int index) implements Item {
        @Override
        public BatchScorer.Outcome score(BatchScorer batch) {
            String name = file.getFileName().toString();
            String person = name.replaceFirst("\\.[^.]*$", "");
            String content;
            try {
                content = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return new BatchScorer.Outcome(List.of(), new BatchError(name, null, person, name + ": cannot be read: "
                        + ErrorReporter.describe(e)));
            }
            return batch.scoreDocument(person, content, name, null);
        }

        @Override
        public long place() {
            return index;
        }

        @Override
        public BatchError error(String person, String message) {
            String name = file.getFileName().toString();
            return new BatchError(name, null, person, name + ": " + message);
        }
    }

    /**
     * The input, in chunks: lines of a JSON-lines file or standard input (blank lines skipped, still counted), or
     * the answers files of a folder by name. {@link #position()} against {@link #size()} is how far it has got.
     */
    private abstract static class Input implements Iterator<List<Item>>, AutoCloseable {
        static Input open(String input, CliContext context) throws IOException {
            if (input.equals("-")) {
                return new Lines("stdin", context.in(), -1, context.standardInput().stream().toList());
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> list = Files.list(path)) {
                    files = list.filter(f -> f.getFileName().toString().matches("(?i).*\\.(json|ya?ml)")
                            && Files.isRegularFile(f)).sorted().toList();
                }
                return new Folder(files);
            }
            return new Lines(path.getFileName().toString(), Files.newInputStream(path), Files.size(path), List.of(path));
        }

        private final List<Path> files;

        Input(List<Path> files) {
            this.files = files;
        }

        /** The files read, which no output may be. */
        final List<Path> files() {
            return files;
        }

        /** Where {@link Item#place()} is, in words: {@code on line 3}, {@code the file p1.yaml}. */
        abstract String describe(long place);

        /** How much there is: bytes or files; -1 when not known. */
        abstract long size();

        /** How much has been read, in the unit of {@link #size()}. */
        abstract long position();

        @Override
        public void close() throws IOException {}
    }

    private static final class Lines extends Input {
        private final String source;
        private final Counting counted;
        private final BufferedReader reader;
        private final long size;
        private long number;
        private List<Item> next;

        Lines(String source, InputStream in, long size, List<Path> files) {
            super(files);
            this.source = source;
            this.counted = new Counting(in);
            this.reader = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16);
            this.size = size;
        }

        @Override
        String describe(long place) {
            return "on line " + place;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                List<Item> chunk = new ArrayList<>(CHUNK);
                try {
                    String line;
                    while (chunk.size() < CHUNK && (line = reader.readLine()) != null) {
                        number++;
                        if (!line.isBlank()) {
                            chunk.add(new Line(source, number, line));
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(source + ": cannot be read", e);
                }
                next = chunk.isEmpty() ? null : chunk;
            }
            return next != null;
        }

        @Override
        public List<Item> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<Item> chunk = next;
            next = null;
            return chunk;
        }

        @Override
        long size() {
            return size;
        }

        @Override
        long position() {
            return counted.count;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    private static final class Folder extends Input {
        private int at;

        Folder(List<Path> files) {
            super(files);
        }

        @Override
        String describe(long place) {
            return "the file " + files().get((int) place).getFileName();
        }

        @Override
        public boolean hasNext() {
            return at < files().size();
        }

        @Override
        public List<Item> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int end = Math.min(files().size(), at + CHUNK / 8);
            List<Item> chunk = new ArrayList<>(end - at);
            for (int i = at; i < end; i++) {
                chunk.add(new AnswersFile(files().get(i), i));
            }
            at = end;
            return chunk;
        }

        @Override
        long size() {
            return files().size();
        }

        @Override
        long position() {
            return at;
        }
    }

    /** Counts the bytes read through it, for progress against the file's size. */
    private static final class Counting extends java.io.FilterInputStream {
        volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /**
     * Progress on one line of standard error, redrawn at most every half second: people scored, the rate and,
     * when the input's size is known, how far through it is and the time left.
     */
    private static final class Progress {
        private static final long EVERY_NANOS = 500_000_000L;
        private final java.io.PrintWriter err;
        private final boolean enabled;
        private final long size;
        private final long started = System.nanoTime();
        private long lastShown = started;
        private int width;

        Progress(java.io.PrintWriter err, boolean enabled, long size) {
            this.err = err;
            this.enabled = enabled;
            this.size = size;
        }

        void update(long people, long position) {
            long now = System.nanoTime();
            if (!enabled || now - lastShown < EVERY_NANOS) {
                return;
            }
            lastShown = now;
            double seconds = (now - started) / 1e9;
            double rate = people / seconds;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d people, %,.0f a second", people,
                    rate));
            if (size > 0 && position > 0) {
                double done = Math.min(1, (double) position / size);
                long left = Math.round(seconds * (1 - done) / done);
                line.append(String.format(Locale.ROOT, ", %.0f%%, about %d:%02d left", 100 * done, left / 60,
                        left % 60));
            }
            String text = line.toString();
            err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
            err.flush();
            width = text.length();
        }

        boolean shown() {
            return enabled;
        }

        void clear() {
            if (width > 0) {
                err.print("\r" + " ".repeat(width) + "\r");
                err.flush();
            }
        }
    }
}
