package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.ItemRules;
import nl.doorbraak.localcloud.dynamodb.engine.PrimaryKey;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.Map;

/** DeleteItem: removes an item by key, optionally under a condition; ReturnValues NONE or ALL_OLD. */
public final class DeleteItem implements Operation {
    private final DynamoDbEngine engine;

    public DeleteItem(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        ConditionalWrite w = ConditionalWrite.parse(req, "Key");
        Map<String, AttributeValue> old = engine.write(changes -> {
            var table = engine.requireTable(w.table());
            PrimaryKey key = ItemRules.key(table.def(), w.attributes());
            Map<String, AttributeValue> previous = table.get(key);
            if (!Conditions.test(w.condition(), previous)) throw Failures.conditionalCheck(w.failureReturnsOld() ? previous : null);
            if (previous != null) changes.delete(w.table(), key.toMap(table.def()));
            return previous;
        });
        ObjectNode out = Wire.F.objectNode();
        if (w.returnsOld() && old != null) out.set("Attributes", Wire.encode(old));
        Wire.putConsumed(out, req, w.table(), Wire.writeUnits(old));
        if ("SIZE".equals(Wire.text(req, "ReturnItemCollectionMetrics"))) ItemCollections.put(out, engine, w.table(), w.attributes());
        return out;
    }
}
