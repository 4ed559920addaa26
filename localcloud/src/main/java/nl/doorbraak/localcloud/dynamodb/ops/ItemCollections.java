package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.Map;

/** ItemCollectionMetrics: only tables with local secondary indexes have item collections. */
final class ItemCollections {
    private ItemCollections() {}

    static void put(ObjectNode out, DynamoDbEngine engine, String table, Map<String, AttributeValue> item) throws DynamoDbError {
        ObjectNode metrics = metrics(engine, table, item);
        if (metrics != null) out.set("ItemCollectionMetrics", metrics);
    }

    static ObjectNode metrics(DynamoDbEngine engine, String table, Map<String, AttributeValue> item) throws DynamoDbError {
        return engine.read(() -> {
            var t = engine.table(table);
            if (t == null || t.def().localIndexes().isEmpty() || item == null || !item.containsKey(t.def().hash())) return null;
            ObjectNode m = Wire.F.objectNode();
            m.putObject("ItemCollectionKey").set(t.def().hash(), nl.doorbraak.localcloud.dynamodb.types.AttributeJson.encode(item.get(t.def().hash())));
            m.putArray("SizeEstimateRangeGB").add(0.0).add(1.0);
            return m;
        });
    }
}
