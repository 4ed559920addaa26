package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.StringTokenizer;
import java.util.UUID;

/** The string intrinsics: States.StringSplit and States.UUID. */
final class StringFunctions {
    private StringFunctions() { }

    /**
     * {@code States.StringSplit(string, delimiters)}: splits at every character of {@code delimiters} and drops
     * empty pieces, as recorded on AWS ({@code ",,,,"} gives {@code []}, {@code ", , ,"} gives {@code [" ", " "]}).
     */
    static JsonNode split(IntrinsicArguments arguments) {
        arguments.requireCount(2);
        String text = arguments.string(0);
        String delimiters = arguments.string(1);
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        StringTokenizer tokens = new StringTokenizer(text, delimiters);
        while (tokens.hasMoreTokens()) result.add(tokens.nextToken());
        return result;
    }

    /** {@code States.UUID()}: a random version 4 UUID. */
    static JsonNode uuid(IntrinsicArguments arguments) {
        arguments.requireCount(0);
        return TextNode.valueOf(UUID.randomUUID().toString());
    }
}
