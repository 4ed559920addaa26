package nl.doorbraak.localcloud.stepfunctions.engine;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Task tokens name the execution and frame that wait on them plus a random part, so they need no separate registry
 * and stay valid across restarts. Tokens are never logged.
 */
public final class TaskTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "AQD";

    /** What a well-formed token points at. */
    public record Ref(String executionArn, String frameId) {}

    private TaskTokens() {}

    public static String issue(String executionArn, String frameId) {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        String body = executionArn + "\n" + frameId + "\n" + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The reference inside a token, or null when the token is not one of ours (InvalidToken). */
    public static Ref parse(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 2048) return null;
        try {
            String body = new String(Base64.getUrlDecoder().decode(token.substring(PREFIX.length())), StandardCharsets.UTF_8);
            String[] parts = body.split("\n");
            if (parts.length != 3 || !parts[0].startsWith("arn:")) return null;
            return new Ref(parts[0], parts[1]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
