package nl.doorbraak.handlers.flow;

import nl.doorbraak.domain.TransientFailureException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.function.Supplier;

/**
 * Failures talking to AWS (throttling, a timeout, a transaction collision the SDK gave up on) are reported to Step
 * Functions as {@link TransientFailureException}, which the state machine retries with backoff. The message names
 * the exception type only: no payload contents, no tokens.
 */
final class Transient {

    private Transient() {
    }

    static <T> T wrap(Supplier<T> work) {
        try {
            return work.get();
        } catch (SdkException e) {
            throw new TransientFailureException("AWS call failed: " + e.getClass().getSimpleName(), null);
        }
    }
}
