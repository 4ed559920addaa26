package nl.doorbraak.localcloud.stepfunctions.engine;

/** An API-level error with AWS's error type (e.g. {@code TaskDoesNotExist}) and message; rendered by the wire adapter. */
public class ApiError extends RuntimeException {
    private final String type;

    public ApiError(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    public String type() { return type; }
}
