package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/** The encoding intrinsics: States.Base64Encode, States.Base64Decode, States.Hash. Inputs are limited to 10,000 characters. */
final class EncodingFunctions {
    static final int MAX_INPUT_CHARACTERS = 10_000;
    /** The algorithm names Step Functions accepts, mapped to their JDK names. */
    private static final Map<String, String> ALGORITHMS = Map.of(
            "MD5", "MD5", "SHA-1", "SHA-1", "SHA-256", "SHA-256", "SHA-384", "SHA-384", "SHA-512", "SHA-512");

    private EncodingFunctions() { }

    /** {@code States.Base64Encode(string)}: the UTF-8 bytes of the string in base64 (RFC 4648, with padding). */
    static JsonNode base64Encode(IntrinsicArguments arguments) {
        String data = limited(arguments.requireCount(1), 0);
        return TextNode.valueOf(Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code States.Base64Decode(string)}: base64 text decoded to a UTF-8 string; text that is not base64 is invalid. */
    static JsonNode base64Decode(IntrinsicArguments arguments) {
        String data = limited(arguments.requireCount(1), 0);
        try {
            return TextNode.valueOf(new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw arguments.invalid();
        }
    }

    /** {@code States.Hash(data, algorithm)}: the lower-case hex digest of the UTF-8 data; MD5, SHA-1, SHA-256, SHA-384, SHA-512. */
    static JsonNode hash(IntrinsicArguments arguments) {
        arguments.requireCount(2);
        String data = limited(arguments, 0);
        String algorithm = ALGORITHMS.get(arguments.string(1));
        if (algorithm == null) throw arguments.invalid();
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
            return TextNode.valueOf(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks " + algorithm, e);
        }
    }

    private static String limited(IntrinsicArguments arguments, int index) {
        String data = arguments.string(index);
        if (data.length() > MAX_INPUT_CHARACTERS) throw arguments.invalid();
        return data;
    }
}
