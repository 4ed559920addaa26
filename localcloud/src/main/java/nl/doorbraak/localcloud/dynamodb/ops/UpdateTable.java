package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.IndexDef;
import nl.doorbraak.localcloud.dynamodb.engine.TableDef;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** UpdateTable: billing and capacity, GSI create/update/delete, streams, deletion protection, table class. */
public final class UpdateTable implements Operation {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private final DynamoDbEngine engine;

    public UpdateTable(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        new Validation().tableName(req.get("TableName"), "tableName", 3, 255)
                .enumValue(req.get("BillingMode"), "billingMode", List.of("PROVISIONED", "PAY_PER_REQUEST"))
                .throwIfAny();
        String name = Tables.name(req);
        if (!List.of("ProvisionedThroughput", "BillingMode", "StreamSpecification", "GlobalSecondaryIndexUpdates", "SSESpecification",
                "ReplicaUpdates", "DeletionProtectionEnabled", "TableClass", "OnDemandThroughput", "WarmThroughput").stream().anyMatch(m -> Wire.present(req, m))) {
            throw DynamoDbError.validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
        }
        engine.write(changes -> {
            var table = engine.requireTableNamed(name);
            TableDef def = table.def();
            Map<String, String> types = new LinkedHashMap<>(def.attributeTypes());
            JsonNode attrDefs = req.get("AttributeDefinitions");
            if (attrDefs != null) attrDefs.forEach(a -> types.put(a.path("AttributeName").asText(), a.path("AttributeType").asText()));
            String billing = Wire.text(req, "BillingMode") == null ? def.billingMode() : Wire.text(req, "BillingMode");
            JsonNode pt = req.get("ProvisionedThroughput");
            if (Wire.present(req, "BillingMode") || pt != null) {
                if (billing.equals("PROVISIONED") && pt == null && def.billingMode().equals("PAY_PER_REQUEST")) {
                    throw DynamoDbError.validation(INVALID + "ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
                }
                long[] cap = pt == null ? new long[]{def.readCapacity(), def.writeCapacity()} : CreateTable.capacity(pt, billing, "");
                if (pt != null && billing.equals(def.billingMode()) && cap[0] == def.readCapacity() && cap[1] == def.writeCapacity()) {
                    throw DynamoDbError.validation("The provisioned throughput for the table will not change. The requested value equals the current value. "
                            + "Current ReadCapacityUnits provisioned for the table: " + cap[0] + ". Requested ReadCapacityUnits: " + cap[0]
                            + ". Current WriteCapacityUnits provisioned for the table: " + cap[1] + ". Requested WriteCapacityUnits: " + cap[1]
                            + ". Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.");
                }
                def = def.withBilling(billing, cap[0], cap[1]);
            }
            JsonNode updates = req.get("GlobalSecondaryIndexUpdates");
            if (updates != null) {
                List<IndexDef> gsis = new ArrayList<>(def.globalIndexes());
                for (JsonNode u : updates) {
                    if (u.has("Create")) {
                        IndexDef index = CreateTable.index(u.get("Create"), types, billing, true);
                        if (def.index(index.name()) != null) {
                            throw DynamoDbError.validation(INVALID + "Attempting to create an index which already exists");
                        }
                        gsis.add(index);
                    } else if (u.has("Delete")) {
                        String indexName = u.get("Delete").path("IndexName").asText();
                        if (!gsis.removeIf(g -> g.name().equals(indexName))) {
                            throw DynamoDbError.resourceNotFound("Requested resource not found: Index: " + indexName + " not found");
                        }
                    } else if (u.has("Update")) {
                        String indexName = u.get("Update").path("IndexName").asText();
                        IndexDef old = gsis.stream().filter(g -> g.name().equals(indexName)).findFirst().orElse(null);
                        if (old == null) throw DynamoDbError.resourceNotFound("Requested resource not found: Index: " + indexName + " not found");
                        long[] cap = CreateTable.capacity(u.get("Update").get("ProvisionedThroughput"), billing, "");
                        gsis.set(gsis.indexOf(old), new IndexDef(old.name(), old.hash(), old.range(), old.projectionType(),
                                old.nonKeyAttributes(), cap[0], cap[1]));
                    }
                }
                def = def.withGlobalIndexes(gsis);
            }
            def = def.withAttributeTypes(types);
            JsonNode stream = req.get("StreamSpecification");
            if (stream != null) {
                boolean on = stream.path("StreamEnabled").asBoolean(false);
                def = def.withStream(on, on ? stream.path("StreamViewType").asText(null) : null);
            }
            if (req.has("DeletionProtectionEnabled")) def = def.withDeletionProtection(req.get("DeletionProtectionEnabled").asBoolean());
            if (Wire.present(req, "TableClass")) def = def.withTableClass(Wire.text(req, "TableClass"));
            changes.defineTable(def);
            return null;
        });
        ObjectNode out = Wire.F.objectNode();
        out.set("TableDescription", engine.read(() -> TableDescription.of(engine.requireTable(name), "UPDATING")));
        return out;
    }
}
