package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.ItemRules;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** TransactGetItems: up to 100 gets read from one consistent state; a bad key cancels the whole read. */
public final class TransactGetItems implements Operation {
    private final DynamoDbEngine engine;

    public TransactGetItems(DynamoDbEngine engine) {
        this.engine = engine;
    }

    private record Get(String table, Map<String, AttributeValue> key, Expressions.Projection projection) {}

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        JsonNode items = req.get("TransactItems");
        Validation v = new Validation();
        if (items == null || items.isNull()) {
            v.add("Value null at 'transactItems' failed to satisfy constraint: Member must not be null");
        } else if (items.isEmpty()) {
            v.add("Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
        } else if (items.size() > 100) {
            List<String> rendered = new ArrayList<>();
            items.forEach(i -> rendered.add("com.amazonaws.dynamodb.v20120810.TransactGetItem@" + Integer.toHexString(i.hashCode())));
            v.add("Value '[" + String.join(", ", rendered) + "]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100");
        }
        v.enumValue(req.get("ReturnConsumedCapacity"), "returnConsumedCapacity", Validation.RETURN_CONSUMED).throwIfAny();
        List<Get> gets = new ArrayList<>();
        for (JsonNode entry : items) {
            JsonNode g = entry.get("Get");
            if (g == null || g.isNull()) throw DynamoDbError.validation("1 validation error detected: Value null at 'transactItems.1.member.get' failed to satisfy constraint: Member must not be null");
            new Validation().tableName(g.get("TableName"), "transactItems.1.member.get.tableName", 1, 255).throwIfAny();
            ExpressionContext ctx = Wire.context(g);
            Expressions.Projection projection = Conditions.projection(g, ctx);
            Conditions.checkUsed(g, ctx);
            Map<String, AttributeValue> key = Wire.item(g, "Key");
            gets.add(new Get(Tables.name(g), key == null ? Map.of() : key, projection));
        }
        List<Map<String, AttributeValue>> found = engine.read(() -> {
            List<Map<String, AttributeValue>> out = new ArrayList<>();
            List<ObjectNode> reasons = new ArrayList<>();
            boolean failed = false;
            for (Get g : gets) {
                var table = engine.requireTable(g.table());
                ObjectNode reason = Wire.F.objectNode();
                try {
                    Map<String, AttributeValue> item = table.get(ItemRules.key(table.def(), g.key()));
                    out.add(item == null ? null : g.projection() == null ? item : g.projection().apply(item));
                    reason.put("Code", "None");
                } catch (DynamoDbError e) {
                    reason.put("Code", "ValidationError").put("Message", e.getMessage());
                    failed = true;
                }
                reasons.add(reason);
            }
            if (failed) throw Failures.cancelled(reasons);
            return out;
        });
        ObjectNode out = Wire.F.objectNode();
        ArrayNode responses = out.putArray("Responses");
        for (Map<String, AttributeValue> item : found) {
            ObjectNode r = responses.addObject();
            if (item != null) r.set("Item", Wire.encode(item));
        }
        String mode = Wire.text(req, "ReturnConsumedCapacity");
        if (mode != null && !mode.equals("NONE")) {
            ArrayNode consumed = out.putArray("ConsumedCapacity");
            gets.stream().map(Get::table).distinct().forEach(t -> consumed.add(Wire.consumed(req, t, 2.0)));
        }
        return out;
    }
}
