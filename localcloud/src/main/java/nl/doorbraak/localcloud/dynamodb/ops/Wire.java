package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.types.AttributeJson;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.types.ItemSize;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers shared by the operations for reading requests and shaping responses. */
final class Wire {
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Wire() {}

    static String text(JsonNode req, String field) {
        JsonNode n = req.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    static boolean present(JsonNode req, String field) {
        JsonNode n = req.get(field);
        return n != null && !n.isNull();
    }

    static Map<String, AttributeValue> item(JsonNode req, String field) throws DynamoDbError {
        return AttributeJson.decodeItem(req.get(field));
    }

    /** The request's ExpressionAttributeNames/Values (either may be absent). */
    static ExpressionContext context(JsonNode req) throws DynamoDbError {
        Map<String, String> names = null;
        JsonNode n = req.get("ExpressionAttributeNames");
        if (n != null && !n.isNull()) {
            if (n.isEmpty()) throw DynamoDbError.validation("ExpressionAttributeNames must not be empty");
            names = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                names.put(e.getKey(), e.getValue().asText());
            }
        }
        Map<String, AttributeValue> values = null;
        JsonNode v = req.get("ExpressionAttributeValues");
        if (v != null && !v.isNull()) {
            if (v.isEmpty()) throw DynamoDbError.validation("ExpressionAttributeValues must not be empty");
            values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                try {
                    values.put(e.getKey(), AttributeJson.decode(e.getValue()));
                } catch (DynamoDbError err) {
                    throw DynamoDbError.validation("ExpressionAttributeValues contains invalid value: " + err.getMessage()
                            + " for key " + e.getKey());
                }
            }
        }
        return new ExpressionContext(names, values);
    }

    /** ConsumedCapacity when the request asked for it ({@code TOTAL} or {@code INDEXES}), else null. */
    static ObjectNode consumed(JsonNode req, String table, double units) {
        String mode = text(req, "ReturnConsumedCapacity");
        if (mode == null || mode.equals("NONE")) return null;
        ObjectNode c = F.objectNode().put("TableName", table).put("CapacityUnits", units);
        if (mode.equals("INDEXES")) c.putObject("Table").put("CapacityUnits", units);
        return c;
    }

    static void putConsumed(ObjectNode out, JsonNode req, String table, double units) {
        ObjectNode c = consumed(req, table, units);
        if (c != null) out.set("ConsumedCapacity", c);
    }

    static double writeUnits(Map<String, AttributeValue> item) {
        return item == null ? 1 : Math.max(1, Math.ceil(ItemSize.of(item) / 1024.0));
    }

    static double readUnits(Map<String, AttributeValue> item, boolean consistent) {
        double units = item == null ? 1 : Math.max(1, Math.ceil(ItemSize.of(item) / 4096.0));
        return consistent ? units : units / 2;
    }

    static ObjectNode encode(Map<String, AttributeValue> item) {
        return AttributeJson.encodeItem(item);
    }
}
