package dev.careerfit.cli;

import dev.careerfit.CareerfitException;
import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.FitScorer;
import dev.careerfit.quiz.json.QuizJson;
import dev.careerfit.quiz.session.QuizSession;
import dev.careerfit.quiz.session.SessionState;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The files of a quiz, all in the session file's folder ({@code $CAREERFIT_HOME} unless {@code --session}
 * says otherwise): the session in progress, saved atomically so that a crash mid-write leaves the previous
 * save intact; the answers a finished quiz leaves; earlier answers and sessions a {@code --restart} set aside,
 * kept in {@value #HISTORY_FOLDER}; and the lock that lets one quiz at a time use them.
 *
 * @param file the session file, e.g. {@code ~/.careerfit/quiz-session.json}
 */
record SavedQuiz(Path file) {
    static final String SESSION_FILE = "quiz-session.json";
    static final String ANSWERS_FILE = "answers.json";
    static final String LOCK_FILE = "quiz.lock";
    static final String HISTORY_FOLDER = "history";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    boolean exists() {
        return Files.exists(file);
    }

    /** The folder the quiz keeps its files in. */
    Path folder() {
        return file.toAbsolutePath().getParent();
    }

    /** The saved session, continued exactly where it stopped; every problem names the file. */
    QuizSession resume(FitScorer scorer) throws IOException {
        SessionState state = QuizJson.read(file, SessionState.class);
        try {
            return QuizSession.resume(scorer, state);
        } catch (InvalidDataException e) {
            throw new InvalidDataException(file.toString(), e.problems().stream()
                    .map(p -> new Problem(file + " " + p.where(), p.message())).toList());
        }
    }

    /**
     * Saves {@code session}, unless it holds no answer yet: such a save keeps nothing and would only stand in
     * the way of the next {@code careerfit quiz}. Returns whether it saved.
     */
    boolean save(QuizSession session) throws IOException {
        if (session.answers().answers().isEmpty()) {
            return false;
        }
        QuizJson.write(file, session.save());
        return true;
    }

    /** Where a finished quiz keeps its answers, for {@code careerfit score --answers}. */
    Path answersFile() {
        return file.toAbsolutePath().resolveSibling(ANSWERS_FILE);
    }

    /**
     * Writes a finished quiz's answers to the {@link #answersFile()}. Answers already there are kept first
     * as {@code history/answers-<date they were saved, UTC>.json}, by a hard link (a copy where the file
     * system has none): never replaced unseen. Returns where the earlier answers are now, if there were any.
     */
    Optional<Path> keepAnswers(Answers answers) throws IOException {
        Path current = answersFile();
        Path kept = null;
        if (Files.isRegularFile(current)) {
            kept = inHistory("answers", current);
            try {
                Files.createLink(kept, current.toRealPath());
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(current, kept);
            }
        }
        QuizJson.write(current, answers);
        return Optional.ofNullable(kept);
    }

    /**
     * Moves the saved session into {@value #HISTORY_FOLDER}, as {@code session-<date it was saved, UTC>.json}, beside
     * the answers of finished quizzes: {@code --restart} starts again without losing it. Returns where it is now.
     */
    Path keepSession() throws IOException {
        Path kept = inHistory("session", file);
        Files.move(file, kept);
        return kept;
    }

    /** A new name in {@value #HISTORY_FOLDER} for {@code file}: {@code what-<date it was saved, UTC>[-n].json}. */
    private Path inHistory(String what, Path file) throws IOException {
        Path history = folder().resolve(HISTORY_FOLDER);
        Files.createDirectories(history);
        String stamp = STAMP.format(Files.getLastModifiedTime(file).toInstant());
        Path kept = history.resolve(what + "-" + stamp + ".json");
        for (int n = 2; Files.exists(kept); n++) {
            kept = history.resolve(what + "-" + stamp + "-" + n + ".json");
        }
        return kept;
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Takes the quiz's folder for this process, until {@link Lock#close()} or the process ends: a lock on
     * {@value #LOCK_FILE} there, which holds the process id for the error another quiz gives. Checks the
     * folder and the session file first, so that a wrong path fails before the first question.
     *
     * @throws CareerfitException naming the other process when another quiz holds the folder
     * @throws IOException        naming the folder when it is a file or cannot be written
     */
    Lock lock() throws IOException {
        Path folder = folder();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileSystemException(folder.toString(), null, "is a file, not a folder; the quiz keeps its "
                    + "progress in a folder (" + CliContext.HOME_ENV + ", else ~/.careerfit, or the folder of "
                    + "--session)");
        }
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new FileSystemException(file.toString(), null, "is not a file; the quiz saves its progress in a file");
        }
        FileChannel channel;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new CareerfitException(folder + ": cannot keep the quiz there: " + ErrorReporter.describe(e), e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this process: a quiz run in-process
            }
            if (lock == null) {
                ByteBuffer pid = ByteBuffer.allocate(20);
                channel.read(pid, 0);
                String holder = new String(pid.array(), 0, pid.position(), StandardCharsets.US_ASCII).strip();
                throw new CareerfitException("another careerfit quiz" + (holder.matches("\\d+") ? " (process " + holder
                        + ")" : "") + " is using " + folder + "; finish it, or quit it with q, first");
            }
            channel.truncate(0);
            byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
            channel.write(ByteBuffer.wrap(pid), 0);
            return new Lock(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The quiz's folder taken by this process; closing gives it back. */
    static final class Lock implements AutoCloseable {
        private final FileChannel channel;

        private Lock(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
