package nl.doorbraak.localcloud.stepfunctions.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/** JSON value helpers shared by intrinsic functions: equality as JSON (1 equals 1.0) and Java-style rendering. */
public final class JsonValues {
    private JsonValues() { }

    /** Equality of JSON values: numbers compare numerically, objects ignore key order. */
    public static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue()) == 0;
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!equal(a.get(i), b.get(i))) return false;
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) return false;
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = b.get(field.getKey());
                if (other == null || !equal(field.getValue(), other)) return false;
            }
            return true;
        }
        return a.equals(b);
    }

    /**
     * Renders a value the way States.Format prints a non-string argument: AWS's Java runtime prints objects as
     * {@code {Id=..., Name=...}} and arrays as {@code [a, b]} (Java's Map/List toString), strings without quotes.
     */
    public static String javaStyle(JsonNode value) {
        StringBuilder out = new StringBuilder();
        appendJavaStyle(value, out);
        return out.toString();
    }

    private static void appendJavaStyle(JsonNode value, StringBuilder out) {
        if (value.isTextual()) {
            out.append(value.textValue());
        } else if (value.isObject()) {
            out.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!first) out.append(", ");
                first = false;
                out.append(field.getKey()).append('=');
                appendJavaStyle(field.getValue(), out);
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) out.append(", ");
                appendJavaStyle(value.get(i), out);
            }
            out.append(']');
        } else {
            out.append(value.asText());
        }
    }
}
