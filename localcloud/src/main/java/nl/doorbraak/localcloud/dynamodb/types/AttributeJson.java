package nl.doorbraak.localcloud.dynamodb.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wire form of attribute values ({@code {"S": "x"}}, {@code {"N": "1"}}, ...) in both directions, refusing
 * malformed values with DynamoDB's wording.
 */
public final class AttributeJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String INVALID = "One or more parameter values were invalid: ";

    private AttributeJson() {}

    /** Decodes an item or key map ({@code {"name": {"S": ...}, ...}}); null node gives null. */
    public static Map<String, AttributeValue> decodeItem(JsonNode node) throws DynamoDbError {
        if (node == null || node.isNull()) return null;
        if (!node.isObject()) throw DynamoDbError.validation("Start of structure or map found where not expected.");
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), decode(e.getValue()));
        }
        return out;
    }

    public static AttributeValue decode(JsonNode node) throws DynamoDbError {
        return decode(node, 0);
    }

    /** DynamoDB allows documents nested up to 32 levels. */
    private static final int MAX_DEPTH = 32;

    private static AttributeValue decode(JsonNode node, int depth) throws DynamoDbError {
        if (node == null || !node.isObject()) {
            throw DynamoDbError.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        int count = 0;
        String type = null;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (node.get(n).isNull()) continue;
            count++;
            type = n;
        }
        if (count == 0) {
            throw DynamoDbError.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (count > 1) {
            throw DynamoDbError.validation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
        }
        JsonNode v = node.get(type);
        return switch (type) {
            case "S" -> new AttributeValue.S(text(v));
            case "N" -> new AttributeValue.N(number(text(v)));
            case "B" -> new AttributeValue.B(bytes(v));
            case "BOOL" -> new AttributeValue.Bool(v.asBoolean());
            case "NULL" -> {
                if (!v.asBoolean()) throw DynamoDbError.validation(INVALID + "Null attribute value types must have the value of true");
                yield new AttributeValue.Null();
            }
            case "M" -> {
                if (!v.isObject()) throw DynamoDbError.validation("Start of list found where not expected");
                if (depth >= MAX_DEPTH) throw DynamoDbError.validation("Nesting Levels have exceeded supported limits");
                Map<String, AttributeValue> m = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    m.put(e.getKey(), decode(e.getValue(), depth + 1));
                }
                yield new AttributeValue.M(m);
            }
            case "L" -> {
                if (!v.isArray()) throw DynamoDbError.validation("Start of structure or map found where not expected.");
                if (depth >= MAX_DEPTH) throw DynamoDbError.validation("Nesting Levels have exceeded supported limits");
                List<AttributeValue> list = new ArrayList<>();
                for (JsonNode el : v) list.add(decode(el, depth + 1));
                yield new AttributeValue.L(list);
            }
            case "SS" -> {
                Set<String> set = new LinkedHashSet<>();
                List<String> raw = new ArrayList<>();
                for (JsonNode el : array(v)) { raw.add(text(el)); set.add(text(el)); }
                if (raw.isEmpty()) throw DynamoDbError.validation(INVALID + "An string set  may not be empty");
                if (set.size() != raw.size()) throw duplicates(raw);
                yield new AttributeValue.SS(set);
            }
            case "NS" -> {
                Set<DynamoNumber> set = new LinkedHashSet<>();
                List<String> raw = new ArrayList<>();
                for (JsonNode el : array(v)) { raw.add(text(el)); set.add(number(text(el))); }
                if (raw.isEmpty()) throw DynamoDbError.validation(INVALID + "An number set  may not be empty");
                if (set.size() != raw.size()) throw duplicates(raw);
                yield new AttributeValue.NS(set);
            }
            case "BS" -> {
                Set<AttributeValue.Bytes> set = new LinkedHashSet<>();
                List<String> raw = new ArrayList<>();
                for (JsonNode el : array(v)) { raw.add(text(el)); set.add(bytes(el)); }
                if (raw.isEmpty()) throw DynamoDbError.validation(INVALID + "Binary sets should not be empty");
                if (set.size() != raw.size()) throw duplicates(raw);
                yield new AttributeValue.BS(set);
            }
            default -> throw DynamoDbError.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        };
    }

    private static DynamoDbError duplicates(List<String> raw) {
        return DynamoDbError.validation(INVALID + "Input collection " + String.join(", ", raw).transform(s -> "[" + s + "]") + " contains duplicates.");
    }

    private static JsonNode array(JsonNode v) throws DynamoDbError {
        if (!v.isArray()) throw DynamoDbError.validation("Start of structure or map found where not expected.");
        return v;
    }

    private static String text(JsonNode v) throws DynamoDbError {
        if (v.isTextual()) return v.textValue();
        if (v.isNumber() || v.isBoolean()) return v.asText();
        throw DynamoDbError.validation("Start of structure or map found where not expected.");
    }

    private static DynamoNumber number(String text) throws DynamoDbError {
        try {
            return DynamoNumber.parse(text);
        } catch (NumberFormatException e) {
            throw DynamoDbError.validation(e.getMessage());
        }
    }

    private static AttributeValue.Bytes bytes(JsonNode v) throws DynamoDbError {
        try {
            return AttributeValue.Bytes.fromBase64(text(v));
        } catch (IllegalArgumentException e) {
            throw DynamoDbError.validation("Invalid Binary value: could not be decoded from base64");
        }
    }

    public static ObjectNode encodeItem(Map<String, AttributeValue> item) {
        ObjectNode o = F.objectNode();
        item.forEach((k, v) -> o.set(k, encode(v)));
        return o;
    }

    public static ObjectNode encode(AttributeValue value) {
        ObjectNode o = F.objectNode();
        switch (value) {
            case AttributeValue.S s -> o.put("S", s.value());
            case AttributeValue.N n -> o.put("N", n.value().toString());
            case AttributeValue.B b -> o.put("B", b.value().base64());
            case AttributeValue.Bool b -> o.put("BOOL", b.value());
            case AttributeValue.Null n -> o.put("NULL", true);
            case AttributeValue.M m -> o.set("M", encodeItem(m.value()));
            case AttributeValue.L l -> {
                ArrayNode a = o.putArray("L");
                l.value().forEach(v -> a.add(encode(v)));
            }
            case AttributeValue.SS ss -> {
                ArrayNode a = o.putArray("SS");
                ss.value().forEach(a::add);
            }
            case AttributeValue.NS ns -> {
                ArrayNode a = o.putArray("NS");
                ns.value().forEach(n -> a.add(n.toString()));
            }
            case AttributeValue.BS bs -> {
                ArrayNode a = o.putArray("BS");
                bs.value().forEach(b -> a.add(b.base64()));
            }
        }
        return o;
    }
}
