package dev.careerfit.quiz.bank;

import dev.careerfit.InvalidDataException;
import dev.careerfit.Problem;
import dev.careerfit.role.SkillId;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A question bank in the compact form the quiz engine ships ({@value #FORMAT}), read with a plain
 * {@link DataInputStream}: no parser, no reflection (docs/formats.md, "The compiled bank"). {@code careerfit-quiz-json}
 * compiles the bank document into it; a test there checks that the shipped one matches the document.
 *
 * <p>Layout (big-endian; text as modified UTF-8, absent text as the empty string): the format; the bank's id,
 * version and the versions it reads; the four five-point scales (liking, preference, agreement, importance), the
 * words for "not sure" and skip, the skill question's wording; the documents; the dimensions (id, family id,
 * name, description, level source, derivation); the questions (id, kind, text, dimension, versus, skill, keying,
 * options when a question has its own, document); the warnings.
 */
final class CompiledBank {
    static final String FORMAT = "careerfit-bank/1";
    private static final List<QuestionKind> SCALES = List.of(QuestionKind.INTEREST, QuestionKind.VALUE_CHOICE,
            QuestionKind.AGREEMENT, QuestionKind.IMPORTANCE);

    private CompiledBank() {}

    static void write(QuestionBank bank, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(target);
        out.writeUTF(FORMAT);
        out.writeUTF(bank.id());
        out.writeUTF(bank.version());
        strings(out, bank.reads());
        for (QuestionKind kind : SCALES) {
            options(out, bank.scale(kind));
        }
        out.writeUTF(bank.notSureLabel());
        out.writeUTF(bank.skipLabel());
        out.writeUTF(bank.skillQuestionTemplate());
        out.writeInt(bank.parts().size());
        for (BankPart p : bank.parts()) {
            out.writeUTF(p.id());
            out.writeUTF(p.version());
            out.writeUTF(p.location());
        }
        out.writeInt(bank.dimensions().size());
        for (Dimension d : bank.dimensions()) {
            out.writeUTF(d.id().value());
            out.writeUTF(d.family().id());
            out.writeUTF(d.name());
            out.writeUTF(d.description());
            out.writeUTF(d.level().source());
            Derivation derivation = d.level().derivation();
            out.writeBoolean(derivation != null);
            if (derivation != null) {
                out.writeUTF(derivation.formula().name());
                out.writeInt(derivation.elements().size());
                for (Derivation.Element e : derivation.elements()) {
                    out.writeUTF(e.fact());
                    out.writeUTF(e.element());
                    out.writeUTF(e.scale());
                }
            }
            out.writeUTF(d.document());
        }
        out.writeInt(bank.questions().size());
        for (Question q : bank.questions()) {
            out.writeUTF(q.id().value());
            out.writeUTF(q.kind().name());
            out.writeUTF(q.text());
            out.writeUTF(q.dimension() == null ? "" : q.dimension().value());
            out.writeUTF(q.versus() == null ? "" : q.versus().value());
            out.writeUTF(q.skill() == null ? "" : q.skill().value());
            out.writeUTF(q.keying() == null ? "" : q.keying().name());
            boolean own = !q.options().equals(bank.scale(q.kind()));
            out.writeBoolean(own);
            if (own) {
                options(out, q.options());
            }
            out.writeUTF(q.document());
        }
        out.writeInt(bank.warnings().size());
        for (Problem p : bank.warnings()) {
            out.writeUTF(p.where());
            out.writeUTF(p.message());
        }
        out.flush();
    }

    /**
     * @throws InvalidDataException naming {@code location} when the content is not a compiled bank, is damaged or
     *                              names a family {@code loader} does not know
     */
    static QuestionBank read(InputStream content, String location, ClassLoader loader) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(content))) {
            String format = in.readUTF();
            if (!FORMAT.equals(format)) {
                throw damaged(location, "is '" + format + "', not a compiled bank (" + FORMAT + ")");
            }
            QuestionBank.Builder b = QuestionBank.builder(in.readUTF(), in.readUTF()).reads(strings(in));
            Map<QuestionKind, List<ResponseOption>> scales = new EnumMap<>(QuestionKind.class);
            for (QuestionKind kind : SCALES) {
                scales.put(kind, options(in));
                b.scale(kind, scales.get(kind));
            }
            b.notSure(in.readUTF()).skip(in.readUTF()).skillQuestion(in.readUTF());
            for (int i = in.readInt(); i > 0; i--) {
                b.part(new BankPart(in.readUTF(), in.readUTF(), in.readUTF()));
            }
            for (int i = in.readInt(); i > 0; i--) {
                DimensionId id = DimensionId.of(in.readUTF());
                String familyId = in.readUTF();
                DimensionFamily family = DimensionFamilies.byId(familyId, loader).orElseThrow(() -> damaged(location,
                        "dimension '" + id + "' is of family '" + familyId + "', which is neither built in nor "
                                + "registered on the class path"));
                String name = in.readUTF();
                String description = in.readUTF();
                String source = in.readUTF();
                Derivation derivation = null;
                if (in.readBoolean()) {
                    Derivation.Formula formula = Derivation.Formula.valueOf(in.readUTF());
                    List<Derivation.Element> elements = new ArrayList<>();
                    for (int e = in.readInt(); e > 0; e--) {
                        elements.add(new Derivation.Element(in.readUTF(), in.readUTF(), in.readUTF()));
                    }
                    derivation = new Derivation(formula, elements);
                }
                b.dimension(new Dimension(id, family, name, description, new LevelRule(source, derivation), in.readUTF()));
            }
            for (int i = in.readInt(); i > 0; i--) {
                QuestionId id = QuestionId.of(in.readUTF());
                QuestionKind kind = QuestionKind.valueOf(in.readUTF());
                String text = in.readUTF();
                DimensionId dimension = optional(in.readUTF(), DimensionId::of);
                DimensionId versus = optional(in.readUTF(), DimensionId::of);
                SkillId skill = optional(in.readUTF(), SkillId::of);
                Keying keying = optional(in.readUTF(), Keying::valueOf);
                List<ResponseOption> options = in.readBoolean() ? options(in) : scales.get(kind);
                b.question(new Question(id, kind, text, dimension, versus, skill, keying, options, in.readUTF()));
            }
            for (int i = in.readInt(); i > 0; i--) {
                b.warning(new Problem(in.readUTF(), in.readUTF()));
            }
            // Every rule of the builder held when the bank was compiled from its document; the records check their own.
            return b.buildUnchecked();
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(location, "is damaged: " + e.getMessage());
        }
    }

    /** {@code text} as a value, or {@code null} when it is empty (what the writer gives for none). */
    private static <T> T optional(String text, Function<String, T> parse) {
        return text.isEmpty() ? null : parse.apply(text);
    }

    private static InvalidDataException damaged(String location, String message) {
        return new InvalidDataException(location, List.of(new Problem(location, message)));
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            out.add(in.readUTF());
        }
        return out;
    }

    private static void options(DataOutputStream out, List<ResponseOption> options) throws IOException {
        out.writeInt(options.size());
        for (ResponseOption o : options) {
            out.writeInt(o.value());
            out.writeUTF(o.label());
        }
    }

    private static List<ResponseOption> options(DataInputStream in) throws IOException {
        List<ResponseOption> out = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            out.add(new ResponseOption(in.readInt(), in.readUTF()));
        }
        return out;
    }
}
