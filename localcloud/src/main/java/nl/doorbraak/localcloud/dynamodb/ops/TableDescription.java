package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.engine.IndexDef;
import nl.doorbraak.localcloud.dynamodb.engine.Table;
import nl.doorbraak.localcloud.dynamodb.engine.TableDef;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.Map;

/** Renders a table as DynamoDB's {@code TableDescription}. */
final class TableDescription {
    private TableDescription() {}

    static ObjectNode of(Table table, String status) {
        return of(table, status, "ACTIVE");
    }

    /** @param indexStatus the status given to every GSI (CREATING in CreateTable's answer, as DynamoDB does) */
    static ObjectNode of(Table table, String status, String indexStatus) {
        TableDef d = table.def();
        ObjectNode t = Wire.F.objectNode();
        ArrayNode defs = t.putArray("AttributeDefinitions");
        d.attributeTypes().entrySet()
                .forEach(e -> defs.addObject().put("AttributeName", e.getKey()).put("AttributeType", e.getValue()));
        t.put("TableName", d.name());
        keySchema(t.putArray("KeySchema"), d.hash(), d.range());
        t.put("TableStatus", status);
        t.put("CreationDateTime", d.createdMillis() / 1000.0);
        ObjectNode pt = t.putObject("ProvisionedThroughput");
        pt.put("NumberOfDecreasesToday", 0).put("ReadCapacityUnits", d.readCapacity()).put("WriteCapacityUnits", d.writeCapacity());
        t.put("TableSizeBytes", table.sizeBytes());
        t.put("ItemCount", table.itemCount());
        t.put("TableArn", d.arn());
        t.put("TableId", d.id());
        if ("PAY_PER_REQUEST".equals(d.billingMode())) {
            t.putObject("BillingModeSummary").put("BillingMode", "PAY_PER_REQUEST")
                    .put("LastUpdateToPayPerRequestDateTime", d.createdMillis() / 1000.0);
        } else {
            t.putObject("BillingModeSummary").put("BillingMode", "PROVISIONED");
        }
        if (!d.localIndexes().isEmpty()) {
            ArrayNode lsis = t.putArray("LocalSecondaryIndexes");
            for (IndexDef i : d.localIndexes()) {
                ObjectNode o = index(lsis.addObject(), table, i);
                o.put("IndexArn", d.arn() + "/index/" + i.name());
            }
        }
        if (!d.globalIndexes().isEmpty()) {
            ArrayNode gsis = t.putArray("GlobalSecondaryIndexes");
            for (IndexDef i : d.globalIndexes()) {
                ObjectNode o = index(gsis.addObject(), table, i);
                o.put("IndexStatus", indexStatus);
                o.putObject("ProvisionedThroughput").put("NumberOfDecreasesToday", 0)
                        .put("ReadCapacityUnits", i.readCapacity()).put("WriteCapacityUnits", i.writeCapacity());
                o.put("IndexArn", d.arn() + "/index/" + i.name());
            }
        }
        if (d.streamEnabled()) {
            t.putObject("StreamSpecification").put("StreamEnabled", true).put("StreamViewType", d.streamViewType());
            t.put("LatestStreamLabel", "2026-01-01T00:00:00.000");
            t.put("LatestStreamArn", d.arn() + "/stream/2026-01-01T00:00:00.000");
        }
        if (d.tableClass() != null) {
            t.putObject("TableClassSummary").put("TableClass", d.tableClass());
        }
        t.put("DeletionProtectionEnabled", d.deletionProtection());
        return t;
    }

    private static ObjectNode index(ObjectNode o, Table table, IndexDef i) {
        o.put("IndexName", i.name());
        keySchema(o.putArray("KeySchema"), i.hash(), i.range());
        ObjectNode p = o.putObject("Projection").put("ProjectionType", i.projectionType());
        if (!i.nonKeyAttributes().isEmpty()) {
            ArrayNode nk = p.putArray("NonKeyAttributes");
            i.nonKeyAttributes().forEach(nk::add);
        }
        long count = 0;
        long size = 0;
        for (Map<String, AttributeValue> item : table.items().values()) {
            if (item.containsKey(i.hash()) && (i.range() == null || item.containsKey(i.range()))) {
                count++;
                size += nl.doorbraak.localcloud.dynamodb.types.ItemSize.of(item);
            }
        }
        o.put("IndexSizeBytes", size);
        o.put("ItemCount", count);
        return o;
    }

    static void keySchema(ArrayNode a, String hash, String range) {
        a.addObject().put("AttributeName", hash).put("KeyType", "HASH");
        if (range != null) a.addObject().put("AttributeName", range).put("KeyType", "RANGE");
    }
}
