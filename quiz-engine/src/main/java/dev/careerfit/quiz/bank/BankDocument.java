package dev.careerfit.quiz.bank;

import dev.careerfit.factor.FactorId;
import java.util.List;

/**
 * A question bank document as written (format {@value QuestionBank#FORMAT}). Only the built-in
 * document carries the scales and the skill question's wording; documents from providers add
 * questions.
 */
record BankDocument(String format, String id, String version, String description, Scales scales,
                    String skillQuestion, List<Entry> questions) {

    record Scales(List<ResponseOption> agreement, List<ResponseOption> importance, String notSure, String skip) {}

    record Entry(String id, QuestionKind kind, String text, FactorId factor, Keying keying,
                 List<ResponseOption> options) {}
}
