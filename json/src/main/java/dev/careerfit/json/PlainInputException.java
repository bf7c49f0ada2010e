package dev.careerfit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Input rejected with a message meant for people as it stands; {@link JsonProblems} reports it word for word. */
final class PlainInputException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    PlainInputException(JsonParser parser, String message) {
        super(parser, message);
    }
}
