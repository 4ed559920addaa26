package nl.doorbraak.domain;

/**
 * A failure worth retrying (a DynamoDB transaction conflict, throttling, a timeout talking to a service). Task
 * handlers wrap such causes in it; the state machine retries {@value #ERROR} with backoff. It carries no payload
 * contents, so it is safe to log.
 */
public final class TransientFailureException extends RuntimeException {

    /** The error name the state machine's {@code Retry} matches. */
    public static final String ERROR = "nl.doorbraak.domain.TransientFailureException";

    public TransientFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
