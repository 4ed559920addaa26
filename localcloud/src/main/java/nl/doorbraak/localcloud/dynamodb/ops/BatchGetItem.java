package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.ItemRules;
import nl.doorbraak.localcloud.dynamodb.engine.PrimaryKey;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.types.AttributeJson;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BatchGetItem: up to 100 keys over several tables, read together (nothing is ever left unprocessed here). */
public final class BatchGetItem implements Operation {
    private final DynamoDbEngine engine;

    public BatchGetItem(DynamoDbEngine engine) {
        this.engine = engine;
    }

    private record TableRequest(String table, List<Map<String, AttributeValue>> keys, Expressions.Projection projection) {}

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        JsonNode requestItems = req.get("RequestItems");
        if (requestItems == null || requestItems.isNull() || requestItems.isEmpty()) {
            throw DynamoDbError.validation("The requestItems parameter is required for BatchGetItem");
        }
        new Validation().enumValue(req.get("ReturnConsumedCapacity"), "returnConsumedCapacity", Validation.RETURN_CONSUMED).throwIfAny();
        List<TableRequest> requests = new ArrayList<>();
        int total = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = requestItems.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode r = e.getValue();
            JsonNode keys = r.get("Keys");
            if (keys == null || keys.isEmpty()) {
                throw DynamoDbError.validation("1 validation error detected: Value '" + (keys == null ? "null" : "[]")
                        + "' at 'requestItems." + e.getKey() + ".member.keys' failed to satisfy constraint: Member must have length greater than or equal to 1");
            }
            total += keys.size();
            if (total > 100) throw DynamoDbError.validation("Too many items requested for the BatchGetItem call");
            Conditions.noMixing(r, List.of("AttributesToGet"), List.of("ProjectionExpression"));
            ExpressionContext ctx = Wire.context(r);
            Expressions.Projection projection = Conditions.projection(r, ctx);
            Conditions.checkUsed(r, ctx);
            List<Map<String, AttributeValue>> keyMaps = new ArrayList<>();
            for (JsonNode k : keys) keyMaps.add(AttributeJson.decodeItem(k));
            requests.add(new TableRequest(Tables.name(e.getKey()), keyMaps, projection));
        }
        Map<String, List<Map<String, AttributeValue>>> found = engine.read(() -> {
            Map<String, List<Map<String, AttributeValue>>> out = new LinkedHashMap<>();
            for (TableRequest r : requests) {
                var table = engine.requireTable(r.table());
                Set<PrimaryKey> seen = new HashSet<>();
                List<Map<String, AttributeValue>> items = new ArrayList<>();
                for (Map<String, AttributeValue> k : r.keys()) {
                    PrimaryKey key = ItemRules.key(table.def(), k);
                    if (!seen.add(key)) throw DynamoDbError.validation("Provided list of item keys contains duplicates");
                    Map<String, AttributeValue> item = table.get(key);
                    if (item != null) items.add(r.projection() == null ? item : r.projection().apply(item));
                }
                out.put(r.table(), items);
            }
            return out;
        });
        ObjectNode out = Wire.F.objectNode();
        ObjectNode responses = out.putObject("Responses");
        ArrayNode consumed = Wire.F.arrayNode();
        found.forEach((table, items) -> {
            ArrayNode a = responses.putArray(table);
            double units = 0;
            for (Map<String, AttributeValue> item : items) {
                a.add(Wire.encode(item));
                units += Wire.readUnits(item, true);
            }
            ObjectNode c = Wire.consumed(req, table, Math.max(units, 1));
            if (c != null) consumed.add(c);
        });
        out.putObject("UnprocessedKeys");
        if (!consumed.isEmpty()) out.set("ConsumedCapacity", consumed);
        return out;
    }
}
