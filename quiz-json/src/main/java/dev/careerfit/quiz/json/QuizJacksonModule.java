package dev.careerfit.quiz.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.careerfit.Problem;
import dev.careerfit.json.JsonProblems;
import dev.careerfit.quiz.Answer;
import dev.careerfit.quiz.Answers;
import dev.careerfit.quiz.InterestProfilerResult;
import dev.careerfit.quiz.bank.DimensionFamilies;
import dev.careerfit.quiz.bank.DimensionFamily;
import dev.careerfit.quiz.bank.DimensionId;
import dev.careerfit.quiz.bank.QuestionId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Jackson support for the quiz engine's own shapes: an {@link Answer} is {@code {"question": "pay.1",
 * "value": 4}} with {@code "not-sure"} or {@code "skip"} in place of a number, and {@link Answers} is an
 * answers document ({@value Answers#FORMAT}); question and dimension ids are their text, a dimension family its
 * id. Reports and session states are plain records.
 */
final class QuizJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    QuizJacksonModule() {
        super("careerfit-quiz");
        addSerializer(Answer.class, new AnswerSerializer());
        addDeserializer(Answer.class, new TreeDeserializer<>(Answer.class,
                (node, problems) -> AnswersReader.answer(node, "", "", problems)));
        addSerializer(Answers.class, new AnswersSerializer());
        addDeserializer(Answers.class, new TreeDeserializer<>(Answers.class,
                (node, problems) -> AnswersReader.read(node, "", problems).answers()));
        addText(QuestionId.class, QuestionId::value, QuestionId::of);
        addText(DimensionId.class, DimensionId::value, DimensionId::of);
        addText(DimensionFamily.class, DimensionFamily::id, id -> DimensionFamilies.byId(id, loader())
                .orElseThrow(() -> new IllegalArgumentException("unknown dimension family '" + id + "'")));
    }

    /** {@code type} written as its text and read back from it, with the factory's message when the text is wrong. */
    private <T> void addText(Class<T> type, Function<T, String> text, Function<String, T> factory) {
        addSerializer(type, new StdSerializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(text.apply(value));
            }
        });
        addDeserializer(type, new StdDeserializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                String value = p.getValueAsString();
                if (value == null) {
                    return type.cast(ctx.handleUnexpectedToken(type, p));
                }
                try {
                    return factory.apply(value);
                } catch (IllegalArgumentException e) {
                    throw JsonProblems.inputError(p, e.getMessage());
                }
            }
        });
    }

    private static ClassLoader loader() {
        return Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(QuizJacksonModule.class.getClassLoader());
    }

    private static final class AnswerSerializer extends StdSerializer<Answer> {
        private static final long serialVersionUID = 1L;

        AnswerSerializer() {
            super(Answer.class);
        }

        @Override
        public void serialize(Answer a, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("question", a.question().value());
            switch (a.status()) {
                case ANSWERED -> gen.writeNumberField("value", a.value());
                case NOT_SURE -> gen.writeStringField("value", AnswersReader.NOT_SURE);
                case SKIPPED -> gen.writeStringField("value", AnswersReader.SKIP);
            }
            gen.writeEndObject();
        }
    }

    private static final class AnswersSerializer extends StdSerializer<Answers> {
        private static final long serialVersionUID = 1L;

        AnswersSerializer() {
            super(Answers.class);
        }

        @Override
        public void serialize(Answers a, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("format", Answers.FORMAT);
            if (a.bank() != null) {
                gen.writeStringField("bank", a.bank());
            }
            if (a.bankVersion() != null) {
                gen.writeStringField("bankVersion", a.bankVersion());
            }
            if (a.role().isPresent()) {
                gen.writeStringField("role", a.role().get().value());
            }
            if (a.interestProfiler().isPresent()) {
                InterestProfilerResult ip = a.interestProfiler().get();
                if (ip.answers() != null) {
                    gen.writeStringField("interestProfiler", ip.answers());
                } else {
                    gen.writeObjectFieldStart("interestProfiler");
                    for (var e : ip.scores().entrySet()) {
                        gen.writeNumberField(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
                    }
                    gen.writeEndObject();
                }
            }
            gen.writeFieldName("answers");
            provider.defaultSerializeValue(a.answers(), gen);
            gen.writeEndObject();
        }
    }

    /** Reads a tree of {@code type} with a reader that collects every problem. */
    private static final class TreeDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient BiFunction<JsonNode, List<Problem>, T> reader;

        TreeDeserializer(Class<T> type, BiFunction<JsonNode, List<Problem>, T> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            return read(p, ctx, reader);
        }
    }

    /** Reads a tree with {@code reader}, failing with every problem it found in one message. */
    private static <T> T read(JsonParser p, DeserializationContext ctx, BiFunction<JsonNode, List<Problem>, T> reader)
            throws IOException {
        List<Problem> problems = new ArrayList<>();
        T value = reader.apply(ctx.readTree(p), problems);
        if (!problems.isEmpty()) {
            throw JsonProblems.inputError(p, joined(problems));
        }
        return value;
    }

    private static String joined(List<Problem> problems) {
        return problems.stream().map(pr -> pr.where().isEmpty() ? pr.message() : pr.toString())
                .collect(Collectors.joining("; "));
    }
}
