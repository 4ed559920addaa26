package nl.doorbraak.localcloud.stepfunctions.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the Java values the JSONata library works on (Map, List, String, Number,
 * Boolean, {@link Jsonata#NULL_VALUE} for JSON null).
 *
 * <p>Numbers: JSONata (like JavaScript) has one number type. AWS writes a number that has no fraction as an
 * integer ({@code 3}, not {@code 3.0}), so integral results come back as integer nodes when they are exactly
 * representable (|n| below 2^53); {@code -0} becomes {@code 0}.
 */
final class JsonataValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double MAX_EXACT_INTEGER = 9_007_199_254_740_991d;

    private JsonataValues() { }

    /** Thrown when a result holds something JSON cannot express, such as a function. */
    static final class UnsupportedValue extends RuntimeException {
        UnsupportedValue(Object value) {
            super(value == null ? "null" : value.getClass().getName(), null, false, false);
        }
    }

    static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return Jsonata.NULL_VALUE;
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                map.put(field.getKey(), toJava(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node) list.add(toJava(element));
            return list;
        }
        if (node.isTextual()) return node.textValue();
        if (node.isBoolean()) return node.booleanValue();
        if (node.isInt()) return node.intValue();
        if (node.isLong()) return node.longValue();
        if (node.isNumber()) {
            BigDecimal decimal = node.decimalValue();
            if (node.isIntegralNumber() || decimal.stripTrailingZeros().scale() <= 0) {
                try {
                    long exact = decimal.longValueExact();
                    return exact == (int) exact ? (Object) (int) exact : (Object) exact;
                } catch (ArithmeticException tooBig) {
                    return decimal.doubleValue();
                }
            }
            return node.doubleValue();
        }
        return node.asText();
    }

    static JsonNode toJson(Object value) {
        if (value == null || value == Jsonata.NULL_VALUE) return NODES.nullNode();
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) object.set(String.valueOf(entry.getKey()), toJson(entry.getValue()));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            for (Object element : list) array.add(toJson(element));
            return array;
        }
        if (value instanceof String text) return NODES.textNode(text);
        if (value instanceof Boolean bool) return NODES.booleanNode(bool);
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) return NODES.numberNode(((Number) value).intValue());
        if (value instanceof Long number) return integral(number);
        if (value instanceof BigInteger number) {
            return number.bitLength() < 63 ? integral(number.longValue()) : NODES.numberNode(new BigDecimal(number));
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) <= MAX_EXACT_INTEGER) return integral((long) d);
            if (value instanceof BigDecimal decimal) return NODES.numberNode(decimal);
            return NODES.numberNode(d);
        }
        if (value instanceof CharSequence text) return NODES.textNode(text.toString());
        throw new UnsupportedValue(value);
    }

    private static JsonNode integral(long value) {
        return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }
}
