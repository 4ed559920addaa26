package nl.doorbraak.localcloud.dynamodb.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * ClientRequestTokens of TransactWriteItems seen in the last ten minutes, with a fingerprint of the request they came
 * with: a repeat of the same request succeeds without being applied again; the same token with another request is
 * IdempotentParameterMismatchException. Kept in memory (guarded by the engine lock).
 */
public final class IdempotencyTokens {
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private final Clock clock;
    private final Map<String, Seen> seen = new HashMap<>();

    private record Seen(String fingerprint, long atMillis) {}

    IdempotencyTokens(Clock clock) {
        this.clock = clock;
    }

    /** Returns the fingerprint recorded for the token if it is still within the window, else null. */
    public String lookup(String token) {
        long now = clock.millis();
        for (Iterator<Seen> it = seen.values().iterator(); it.hasNext(); ) {
            if (now - it.next().atMillis() > WINDOW.toMillis()) it.remove();
        }
        Seen s = seen.get(token);
        return s == null ? null : s.fingerprint();
    }

    public void remember(String token, String fingerprint) {
        seen.put(token, new Seen(fingerprint, clock.millis()));
    }
}
