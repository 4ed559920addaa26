package nl.doorbraak.handlers.api;

import java.util.Map;

/**
 * An answer other than success, as the API gives it: {@code {"error":{"code","message","fields"}}} with a Dutch
 * message. When several apply, handlers check in the order 404, 403, 400, 409 (401 is the authorizer's).
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> fields;

    public ApiException(int status, String code, String dutchMessage, Map<String, String> fields) {
        super(dutchMessage);
        this.status = status;
        this.code = code;
        this.fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "NOT_FOUND", message, null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "FORBIDDEN", message, null);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "CONFLICT", message, null);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "VALIDATION_FAILED", nl.doorbraak.domain.ValidationException.MESSAGE,
                Map.of(field, message));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
