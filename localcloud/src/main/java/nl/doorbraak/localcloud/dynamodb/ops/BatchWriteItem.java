package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.ItemRules;
import nl.doorbraak.localcloud.dynamodb.engine.PrimaryKey;
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

/** BatchWriteItem: up to 25 puts and deletes over several tables, applied together (none left unprocessed). */
public final class BatchWriteItem implements Operation {
    private final DynamoDbEngine engine;

    public BatchWriteItem(DynamoDbEngine engine) {
        this.engine = engine;
    }

    private record Write(String table, Map<String, AttributeValue> item, Map<String, AttributeValue> key) {}

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        JsonNode requestItems = req.get("RequestItems");
        Validation v = new Validation();
        if (requestItems == null || requestItems.isNull()) {
            v.add("Value null at 'requestItems' failed to satisfy constraint: Member must not be null");
        } else if (requestItems.isEmpty()) {
            v.add("Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = requestItems.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                int n = e.getValue().size();
                if (n > 25 || n < 1) {
                    List<String> rendered = new ArrayList<>();
                    e.getValue().forEach(w -> rendered.add("com.amazonaws.dynamodb.v20120810.WriteRequest@" + Integer.toHexString(w.hashCode())));
                    v.add("Value '{" + e.getKey() + "=[" + String.join(", ", rendered) + "]}' at 'requestItems' failed to satisfy constraint: "
                            + "Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
                }
            }
        }
        v.enumValue(req.get("ReturnConsumedCapacity"), "returnConsumedCapacity", Validation.RETURN_CONSUMED)
                .enumValue(req.get("ReturnItemCollectionMetrics"), "returnItemCollectionMetrics", Validation.RETURN_METRICS)
                .throwIfAny();
        List<Write> writes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = requestItems.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (JsonNode w : e.getValue()) {
                JsonNode put = w.get("PutRequest");
                JsonNode del = w.get("DeleteRequest");
                if ((put == null) == (del == null)) {
                    throw DynamoDbError.validation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
                }
                if (put != null) writes.add(new Write(Tables.name(e.getKey()), AttributeJson.decodeItem(put.get("Item")), null));
                else writes.add(new Write(Tables.name(e.getKey()), null, AttributeJson.decodeItem(del.get("Key"))));
            }
        }
        if (writes.size() > 25) throw DynamoDbError.validation("Too many items requested for the BatchWriteItem call");
        Map<String, Double> units = new LinkedHashMap<>();
        engine.write(changes -> {
            Set<String> seen = new HashSet<>();
            for (Write w : writes) {
                var table = engine.requireTable(w.table());
                PrimaryKey key = w.item() != null ? ItemRules.item(table.def(), w.item()) : ItemRules.key(table.def(), w.key());
                if (!seen.add(w.table() + "\u0000" + key)) {
                    throw DynamoDbError.validation("Provided list of item keys contains duplicates");
                }
                if (w.item() != null) changes.put(w.table(), w.item());
                else if (table.get(key) != null) changes.delete(w.table(), key.toMap(table.def()));
                units.merge(w.table(), Wire.writeUnits(w.item()), Double::sum);
            }
            return null;
        });
        ObjectNode out = Wire.F.objectNode();
        out.putObject("UnprocessedItems");
        ArrayNode consumed = Wire.F.arrayNode();
        units.forEach((t, u) -> {
            ObjectNode c = Wire.consumed(req, t, u);
            if (c != null) consumed.add(c);
        });
        if (!consumed.isEmpty()) out.set("ConsumedCapacity", consumed);
        if ("SIZE".equals(Wire.text(req, "ReturnItemCollectionMetrics"))) out.putObject("ItemCollectionMetrics");
        return out;
    }
}
