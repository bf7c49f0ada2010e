package dev.careerfit.quiz.json;

import dev.careerfit.quiz.bank.Derivation;
import dev.careerfit.quiz.bank.Keying;
import dev.careerfit.quiz.bank.QuestionBank;
import dev.careerfit.quiz.bank.QuestionKind;
import dev.careerfit.quiz.bank.ResponseOption;
import java.util.List;

/**
 * A question bank document as written (format {@value QuestionBank#FORMAT}; documents in the earlier
 * format {@value QuestionBank#FORMAT_1} from provider jars are still read). Only the main document
 * carries the scales and the skill question's wording; documents from providers add dimensions and
 * questions.
 */
record BankDocument(String format, String id, String version, List<String> reads, String description, Scales scales,
                    String skillQuestion, List<DimensionEntry> dimensions, List<Entry> questions) {

    record Scales(List<ResponseOption> agreement, List<ResponseOption> importance, List<ResponseOption> liking,
                  List<ResponseOption> preference, String notSure, String skip) {}

    record DimensionEntry(String id, String family, String name, String description, Level level) {}

    /**
     * A dimension's level rule: the family's source under its own name ({@code interest}, {@code workValue},
     * {@code factor}) or as {@code source}, and a derivation.
     */
    record Level(String source, String interest, String workValue, String factor, Derivation derivation) {
        /** How many of the names for the source are given; a rule gives one. */
        int sources() {
            return (source != null ? 1 : 0) + (interest != null ? 1 : 0) + (workValue != null ? 1 : 0)
                    + (factor != null ? 1 : 0);
        }

        String value() {
            return source != null ? source : interest != null ? interest : workValue != null ? workValue : factor;
        }
    }

    /** {@code factor} is the earlier format's name for {@code dimension}. */
    record Entry(String id, QuestionKind kind, String text, String dimension, String factor, String versus,
                 Keying keying, List<ResponseOption> options) {
        String dimensionId() {
            return dimension != null ? dimension : factor;
        }
    }
}
