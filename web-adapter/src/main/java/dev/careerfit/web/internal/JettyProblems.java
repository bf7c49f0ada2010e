package dev.careerfit.web.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The replies Jetty writes itself, for requests that never reach the app (a malformed request line, headers too
 * large, a URI it refuses): the same problem document as the app's, without Jetty's own page, message or stack.
 */
final class JettyProblems extends ErrorHandler {
    private static final String TYPE = "application/problem+json";

    JettyProblems() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPE);
        response.write(true, body(code), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, TYPE);
        return body(status);
    }

    private static ByteBuffer body(int code) {
        String reason = HttpStatus.getMessage(code);
        return ByteBuffer.wrap(Json.write(HttpProblem.of(code, reason, "the request could not be read as HTTP: "
                + reason.toLowerCase(java.util.Locale.ROOT))).getBytes(StandardCharsets.UTF_8));
    }
}
