package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** The JSON intrinsics: States.StringToJson, States.JsonToString, States.JsonMerge. */
final class JsonFunctions {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFunctions() { }

    /**
     * {@code States.StringToJson(string)}: parses a JSON text. A blank string gives {@code null} (as recorded on AWS);
     * text that is not JSON is invalid.
     */
    static JsonNode stringToJson(IntrinsicArguments arguments) {
        String text = arguments.requireCount(1).string(0);
        if (text.isBlank()) return NullNode.getInstance();
        try {
            JsonNode value = JSON.readTree(text);
            return value == null ? NullNode.getInstance() : value;
        } catch (JsonProcessingException e) {
            throw arguments.invalid();
        }
    }

    /** {@code States.JsonToString(value)}: the value as compact JSON text. */
    static JsonNode jsonToString(IntrinsicArguments arguments) {
        JsonNode value = arguments.requireCount(1).get(0);
        try {
            return TextNode.valueOf(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw arguments.invalid();
        }
    }

    /**
     * {@code States.JsonMerge(left, right, false)}: a shallow merge of two objects; keys of {@code right} win.
     * Step Functions supports only the shallow mode: the third argument must be {@code false}.
     */
    static JsonNode jsonMerge(IntrinsicArguments arguments) {
        arguments.requireCount(3);
        JsonNode left = arguments.get(0);
        JsonNode right = arguments.get(1);
        if (!left.isObject() || !right.isObject() || arguments.bool(2)) throw arguments.invalid();
        ObjectNode merged = ((ObjectNode) left).deepCopy();
        merged.setAll((ObjectNode) right.deepCopy());
        return merged;
    }
}
