package dev.careerfit.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.careerfit.quiz.json.QuizJson;
import io.javalin.http.Context;

/** JSON replies, written by the quiz engine's writer so that they are the documents the command line prints. */
final class Json {
    static final String TYPE = "application/json";

    /** Without indentation, for the quiz's state that every page of the quiz carries in its forms. */
    private static final ObjectMapper COMPACT = QuizJson.objectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static String compact(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static String write(Object value) {
        return QuizJson.toJson(value);
    }

    static void send(Context ctx, Object value) {
        ctx.contentType(TYPE).result(write(value));
    }
}
