package dev.careerfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.careerfit.catalog.CareerCatalog;
import dev.careerfit.catalog.ProviderInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of README.md and docs/ runs as shown, and what they show is what the program prints
 * (docs/formats.md, "Examples in the docs"). An example is a transcript in a fenced block: a line
 * {@code $ ./careerfit ARGS} and the output under it, up to the next {@code $ } line or the end of the block; a line
 * of just {@code ...} stands for any number of lines left out. A text file of docs/ that starts with such a line is
 * one transcript. Each is run in-process from the root of the repository, as a file or a pipe gets it (80 columns),
 * and its output must match; with {@code -D}{@value #UPDATE}{@code =true} the test writes what the program prints
 * over what the docs show instead (keeping the {@code ...}), and the diff is reviewed like code: {@value #REFRESH}.
 *
 * <p>Each output, and with it that of the same command with {@code --details}, is also read as a person reads it:
 * lines of at most 80 columns, and words, not codes: no release column names ({@code A_MEAN}), file names
 * ({@code Skills.txt}), hashes or provider ids ({@code [onet]}, {@code bls-oews}); they stay in --json. Web addresses
 * are links and are left out of that scan. Other command lines of the fenced blocks that name no placeholder
 * ({@code FILE}, {@code [--details]}) must at least parse: every command and option they use exists.
 */
@Tag("national")
class ReadmeCommandsTest {
    static final String UPDATE = "careerfit.updateDocs";
    static final String REFRESH = "./mvnw -q test -pl cli-adapter -am -Dsurefire.failIfNoSpecifiedTests=false "
            + "-Dtest=ReadmeCommandsTest -D" + UPDATE + "=true";
    static final String DIGITS = "225522222244225522222244225522222244225522222244225522222244";
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Pattern COLUMN = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    static final Pattern FILE = Pattern.compile("[\\w.-]+\\.(txt|csv|xlsx|xls|zip)\\b");
    static final Pattern HASH = Pattern.compile("\\b[0-9a-f]{12,}\\b");
    static final Pattern LINK = Pattern.compile("https?://\\S+");
    static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)\\s*([\\w-]*).*$");
    static final Pattern PROMPT = Pattern.compile("^\\$ (?:\\./)?careerfit(?: (.*))?$");
    /** A command line in prose-like blocks: from the program's name to a comment, a redirection or a description. */
    static final Pattern COMMAND = Pattern.compile("(?:^|[\\s(])\\./careerfit((?: [^ #>)|&]\\S*)*)");
    /** What stands for a value the reader supplies: FILE, ROLE, [--details], a|b, ... */
    static final Pattern PLACEHOLDER = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b|[\\[\\]|]|\\.\\.\\.");
    static final String ELIDED = "...";

    @TempDir
    static Path home;
    static List<String> providers;
    static CliRun cli;

    @BeforeAll
    static void providers() {
        providers = CareerCatalog.builder().build().providers().stream().map(ProviderInfo::id).toList();
        // One context for every command: the catalog and the scorer are built once.
        cli = new CliRun(home).env("CAREERFIT_HOME", home.toString()).keepContext();
    }

    /** The documents with examples: README.md, every docs/*.md and the transcripts in docs/*.txt. */
    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted()
                    .forEach(docs::add);
        }
        return docs;
    }

    @TestFactory
    Stream<DynamicNode> everyExampleRunsAsShown() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        int transcripts = 0;
        for (Path doc : documents()) {
            List<String> lines = Files.readAllLines(doc);
            List<Example> examples = examples(doc, lines);
            if (examples.isEmpty()) {
                continue;
            }
            List<DynamicNode> tests = new ArrayList<>();
            List<String> updated = new ArrayList<>(lines);
            // From the last so that the line numbers of those before stay right as outputs change length.
            for (int i = examples.size() - 1; i >= 0; i--) {
                Example e = examples.get(i);
                String where = ROOT.relativize(doc) + ":" + (e.line() + 1);
                if (e.output() == null) {
                    tests.add(0, DynamicTest.dynamicTest(where + " parses: careerfit " + String.join(" ", e.args()),
                            () -> parses(e.args())));
                    continue;
                }
                transcripts++;
                CliRun.Result r = run(e.args());
                List<String> printed = trimmed(r.out().lines().toList());
                List<String> shown = e.output();
                boolean shownMatches = matches(shown, printed);
                List<String> regenerated = shownMatches || !Boolean.getBoolean(UPDATE) ? shown
                        : regenerate(shown, printed);
                if (regenerated != shown) {
                    for (int k = 0; k < shown.size(); k++) {
                        updated.remove(e.line() + 1);
                    }
                    updated.addAll(e.line() + 1, regenerated);
                }
                // Once rewritten, what the docs show is judged again: a part between two "..." may need a person.
                boolean matches = regenerated == shown ? shownMatches : matches(regenerated, printed);
                tests.add(0, DynamicTest.dynamicTest(where + " careerfit " + String.join(" ", e.args()), () -> {
                    assertThat(r.exitCode()).as(r.err()).isZero();
                    assertThat(matches).as("%s shows other output than the program prints:%n%s%nRefresh it with: %s",
                            where, String.join("\n", printed), REFRESH).isTrue();
                    readsAsWords(r.out());
                    if (detailsAdds(e.args())) {
                        List<String> details = new ArrayList<>(e.args());
                        details.add("--details");
                        CliRun.Result d = run(details);
                        assertThat(d.exitCode()).as(d.err()).isZero();
                        readsAsWords(d.out());
                    }
                }));
            }
            if (Boolean.getBoolean(UPDATE) && !updated.equals(lines)) {
                Files.writeString(doc, String.join("\n", updated) + "\n");
            }
            nodes.add(DynamicContainer.dynamicContainer(ROOT.relativize(doc).toString(), tests));
        }
        assertThat(transcripts).as("transcripts in README.md and docs/").isGreaterThanOrEqualTo(8);
        return nodes.stream();
    }

    /**
     * A command of the docs and, for a transcript, the output shown under it (without the blank lines that close
     * it); {@code output} is {@code null} for a command line shown without output.
     */
    record Example(int line, List<String> args, List<String> output) {}

    static List<Example> examples(Path doc, List<String> lines) {
        List<Example> out = new ArrayList<>();
        if (doc.toString().endsWith(".txt")) {
            Matcher m = lines.isEmpty() ? null : PROMPT.matcher(lines.get(0));
            if (m != null && m.matches()) {
                out.add(new Example(0, words(m.group(1)), trimmed(lines.subList(1, lines.size()))));
            }
            return out;
        }
        boolean fenced = false;
        String language = "";
        Integer prompt = null;
        List<String> args = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher fence = FENCE.matcher(l);
            Matcher m = PROMPT.matcher(l);
            boolean ends = fenced && fence.matches();
            if (prompt != null && (ends || m.matches())) {
                out.add(new Example(prompt, args, trimmed(lines.subList(prompt + 1, i))));
                prompt = null;
            }
            if (fence.matches()) {
                fenced = !fenced;
                language = fenced ? fence.group(2) : "";
                continue;
            }
            if (!fenced || !List.of("", "text", "console", "sh", "bash", "shell").contains(language)) {
                continue;
            }
            if (m.matches()) {
                prompt = i;
                args = words(m.group(1));
                continue;
            }
            if (prompt == null) {
                Matcher c = COMMAND.matcher(l.split(" {2,}(?=\\S)(?![-.])")[0]);
                if (c.find() && !PLACEHOLDER.matcher(c.group(1)).find()) {
                    out.add(new Example(i, words(c.group(1)), null));
                }
            }
        }
        return out;
    }

    /** The words of a command line as a POSIX shell splits them, quotes removed: {@code "London, UK"}. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        if (line == null) {
            return words;
        }
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.strip().toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code lines} without the blank lines at their end. */
    static List<String> trimmed(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(lines.subList(0, end));
    }

    /** Runs {@code args} as typed at the root of the repository, paths shown as typed. */
    static CliRun.Result run(List<String> args) {
        String[] real = args.stream().map(a -> a.startsWith("docs/") ? ROOT.resolve(a).toString() : a)
                .toArray(String[]::new);
        CliRun.Result r = cli.run(real);
        return new CliRun.Result(r.exitCode(), r.out().replace("\r\n", "\n").replace(ROOT + java.io.File.separator, ""),
                r.err());
    }

    static void parses(List<String> args) {
        String[] a = args.toArray(String[]::new);
        assertThatCode(() -> CareerfitCommand.commandLine(new CliContext(java.util.Map.of(),
                java.io.InputStream.nullInputStream(), false, false, home), a).parseArgs(a)).doesNotThrowAnyException();
    }

    /** Whether {@code --details} shows more for the command (and is not already given). */
    static boolean detailsAdds(List<String> args) {
        return !args.isEmpty() && List.of("score", "role", "sources").contains(args.get(0))
                && !args.contains("--details");
    }

    /** {@code shown} matches {@code printed} line for line, each {@code ...} line standing for any number of lines. */
    static boolean matches(List<String> shown, List<String> printed) {
        List<List<String>> parts = parts(shown);
        int at = 0;
        for (int p = 0; p < parts.size(); p++) {
            List<String> part = parts.get(p);
            boolean first = p == 0;
            boolean last = p == parts.size() - 1;
            if (last && !part.isEmpty()) {
                int from = printed.size() - part.size();
                return from >= at && (!first || from == 0) && printed.subList(from, printed.size()).equals(part);
            }
            if (first) {
                if (printed.size() < part.size() || !printed.subList(0, part.size()).equals(part)) {
                    return false;
                }
                at = part.size();
            } else {
                int found = find(printed, part, at);
                if (found < 0) {
                    return false;
                }
                at = found + part.size();
            }
        }
        return parts.size() > 1 || at == printed.size();
    }

    /** The lines between the {@code ...} lines: as many parts as there are of them, plus one. */
    static List<List<String>> parts(List<String> shown) {
        List<List<String>> parts = new ArrayList<>(List.of(new ArrayList<>()));
        for (String l : shown) {
            if (l.strip().equals(ELIDED)) {
                parts.add(new ArrayList<>());
            } else {
                parts.get(parts.size() - 1).add(l);
            }
        }
        return parts;
    }

    private static int find(List<String> printed, List<String> part, int from) {
        for (int i = from; i + part.size() <= printed.size(); i++) {
            if (printed.subList(i, i + part.size()).equals(part)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What the docs should show: the lines printed, keeping the shown elisions. The part before the first {@code ...}
     * is the first lines printed, the part after the last is the last lines, each as many as before; a part between
     * two is what is printed from its first line on (or left as it was when that line is gone: the test then still
     * fails, and the part is for a person to choose again).
     */
    static List<String> regenerate(List<String> shown, List<String> printed) {
        List<List<String>> parts = parts(shown);
        if (parts.size() == 1) {
            return printed;
        }
        List<String> out = new ArrayList<>();
        String marker = shown.stream().filter(l -> l.strip().equals(ELIDED)).findFirst().orElse(ELIDED);
        int at = 0;
        for (int p = 0; p < parts.size(); p++) {
            List<String> part = parts.get(p);
            if (p > 0) {
                out.add(marker);
            }
            if (p == 0) {
                at = Math.min(part.size(), printed.size());
                out.addAll(printed.subList(0, at));
            } else if (p == parts.size() - 1) {
                out.addAll(printed.subList(Math.max(at, printed.size() - part.size()), printed.size()));
            } else if (!part.isEmpty()) {
                int found = printed.subList(at, printed.size()).indexOf(part.get(0));
                if (found < 0) {
                    out.addAll(part);
                    continue;
                }
                int from = at + found;
                at = Math.min(printed.size(), from + part.size());
                out.addAll(printed.subList(from, at));
            }
        }
        return out;
    }

    /** Lines of at most 80 columns, and words, not codes. */
    static void readsAsWords(String out) {
        assertThat(out.lines()).as("lines longer than 80 columns").allSatisfy(l ->
                assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(80));
        String words = LINK.matcher(out).replaceAll("");
        assertThat(words).doesNotContainPattern(COLUMN).doesNotContainPattern(FILE).doesNotContainPattern(HASH);
        for (String id : providers) {
            assertThat(words).as("provider id " + id).doesNotContain("[" + id + "]")
                    .doesNotContainPattern("(?<![\\w./-])" + Pattern.quote(id) + "(?![\\w/-])");
        }
    }
}
