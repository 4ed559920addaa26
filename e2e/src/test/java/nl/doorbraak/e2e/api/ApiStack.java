package nl.doorbraak.e2e.api;

import java.time.Duration;

/**
 * The application as the scenario tests reach it: HTTP calls as a user, and the engine's clock. Implemented by the
 * full local stack ({@code ./doorbraak local --in-memory} as a child process, real Lambda JVMs) and by an
 * in-process stack (real DynamoDB and Step Functions engines, handlers called in this JVM).
 */
public interface ApiStack extends AutoCloseable {

    Answer call(User user, String method, String pathAndQuery, String jsonBody);

    /** A request without a token (the JWT authorizer's 401), where the stack has an authorizer. */
    Answer anonymous(String method, String pathAndQuery);

    /**
     * Waits until the intervention's execution waits (its last history event a submitted task or an entered Wait),
     * so a timer is armed before the clock moves; where the stack cannot see the history, waits a moment.
     */
    default void settle(String interventionId) {
        Scenario.pause(1000);
    }

    /** The execution history of an intervention, one event a line, for diagnosing a scenario ("" when not visible). */
    default String history(String interventionId) {
        return "";
    }

    /** Moves the engine's clock forward (timers, task timeouts, Wait states fire). */
    void advance(Duration by);

    /** What the notification outbox has seen so far (the log lines), for checks that nothing personal is in it. */
    String outbox();

    /**
     * How long a scenario waits for the workflow to reach a state. Where every step is a Lambda invocation on a
     * shared machine (another endpoint, function JVMs starting cold), more than in-process.
     */
    default Duration patience() {
        return Duration.ofSeconds(30);
    }

    @Override
    void close();
}
