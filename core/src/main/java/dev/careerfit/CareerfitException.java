package dev.careerfit;

/**
 * Base of every exception careerfit throws on purpose. Messages are one line and name the offender
 * (a provider id, a file and JSON path, a question id) and, where there is one, the fix.
 *
 * @since 0.1
 */
@Api(Api.Status.STABLE)
public class CareerfitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CareerfitException(String message) {
        super(message);
    }

    public CareerfitException(String message, Throwable cause) {
        super(message, cause);
    }
}
