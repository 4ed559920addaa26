package nl.doorbraak.localcloud.dynamodb.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ClientRequestTokens of TransactWriteItems seen in the last ten minutes, with a digest of the request they came
 * with: a repeat of the same request succeeds without being applied again; the same token with another request is
 * IdempotentParameterMismatchException. Kept in memory (guarded by the engine lock), oldest first, so expiry is cheap
 * (the SDK sends a fresh token with every transaction).
 */
public final class IdempotencyTokens {
    private static final long WINDOW_MILLIS = Duration.ofMinutes(10).toMillis();
    private final Clock clock;
    private final LinkedHashMap<String, Seen> seen = new LinkedHashMap<>();

    private record Seen(String digest, long atMillis) {}

    IdempotencyTokens(Clock clock) {
        this.clock = clock;
    }

    /** Returns the digest recorded for the token if it is still within the window, else null. */
    public String lookup(String token) {
        long now = clock.millis();
        for (Iterator<Map.Entry<String, Seen>> it = seen.entrySet().iterator(); it.hasNext(); ) {
            if (now - it.next().getValue().atMillis() <= WINDOW_MILLIS) break;
            it.remove();
        }
        Seen s = seen.get(token);
        return s == null ? null : s.digest();
    }

    public void remember(String token, String digest) {
        seen.remove(token);
        seen.put(token, new Seen(digest, clock.millis()));
    }

    /** A short digest of a canonical request text. */
    public static String digest(String canonicalRequest) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
