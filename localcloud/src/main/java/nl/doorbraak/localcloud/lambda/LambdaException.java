package nl.doorbraak.localcloud.lambda;

/**
 * A Lambda API error: HTTP status, the error type as Lambda names it (sent in {@code x-amzn-ErrorType}) and AWS's message.
 */
public class LambdaException extends RuntimeException {
    private final int status;
    private final String type;

    public LambdaException(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public static LambdaException notFound(String arn) {
        return new LambdaException(404, "ResourceNotFoundException", "Function not found: " + arn);
    }
}
