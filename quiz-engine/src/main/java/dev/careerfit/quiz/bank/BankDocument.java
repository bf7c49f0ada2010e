package dev.careerfit.quiz.bank;

import dev.careerfit.factor.FactorId;
import java.util.List;

/**
 * A question bank document as written (format {@value QuestionBank#FORMAT}; documents in the earlier
 * format {@value QuestionBank#FORMAT_1} from provider jars are still read). Only the built-in document
 * carries the scales and the skill question's wording; documents from providers add dimensions and
 * questions.
 */
record BankDocument(String format, String id, String version, List<String> reads, String description, Scales scales,
                    String skillQuestion, List<DimensionEntry> dimensions, List<Entry> questions) {

    record Scales(List<ResponseOption> agreement, List<ResponseOption> importance, List<ResponseOption> liking,
                  List<ResponseOption> preference, String notSure, String skip) {}

    record DimensionEntry(String id, DimensionFamily family, String name, String description, LevelRule level) {}

    /** {@code factor} is the earlier format's name for {@code dimension}. */
    record Entry(String id, QuestionKind kind, String text, String dimension, FactorId factor, String versus,
                 Keying keying, List<ResponseOption> options) {
        String dimensionId() {
            return dimension != null ? dimension : factor != null ? factor.value() : null;
        }
    }
}
