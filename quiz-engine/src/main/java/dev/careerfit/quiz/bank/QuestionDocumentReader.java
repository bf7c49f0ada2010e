package dev.careerfit.quiz.bank;

import dev.careerfit.Api;
import dev.careerfit.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads bank documents (JSON or YAML, format {@value QuestionBank#FORMAT}) into a {@link QuestionBank.Builder}:
 * the way the documents provider jars list in {@value QuestionBanks#LISTING} join the standard bank. The quiz
 * engine has none of its own, so that it needs no JSON library; {@code careerfit-quiz-json} registers one for
 * {@link java.util.ServiceLoader}, and a caller can name one to {@link QuestionBanks#standard(ClassLoader,
 * QuestionDocumentReader)}.
 *
 * @since 0.5
 */
@Api(Api.Status.EXPERIMENTAL)
public interface QuestionDocumentReader {
    /** Whether this reader reads the document at {@code location}, by its name: {@code .json}, {@code .yaml}. */
    boolean reads(String location);

    /**
     * Adds the document's dimensions and questions to {@code bank} when it has no problem; otherwise adds nothing
     * and returns every problem, each placed in the document (file, JSON path, question id).
     *
     * @param bank     the bank so far: the document's questions may measure its dimensions
     * @param location the document's name in messages, e.g. {@code acme/questions.yaml}
     * @param in       its content; closed by the reader
     */
    List<Problem> addTo(QuestionBank.Builder bank, String location, InputStream in) throws IOException;
}
