package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type names AWS prints in type errors ("array", "object", "string", "number", "boolean", "null"). */
final class TypeNames {
    private TypeNames() {}

    static String of(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "null";
        if (n.isArray()) return "array";
        if (n.isObject()) return "object";
        if (n.isTextual()) return "string";
        if (n.isNumber()) return "number";
        if (n.isBoolean()) return "boolean";
        return "unknown";
    }
}
