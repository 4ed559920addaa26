package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.IndexDef;
import nl.doorbraak.localcloud.dynamodb.engine.TableDef;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * CreateTable: key schema, attribute definitions, GSIs and LSIs, billing mode. The answer says CREATING, as DynamoDB's
 * does, but the table is usable at once: DescribeTable already reports it ACTIVE.
 */
public final class CreateTable implements Operation {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private final DynamoDbEngine engine;

    public CreateTable(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        if (!Wire.present(req, "TableName")) {
            throw DynamoDbError.validation("The parameter 'TableName' is required but was not present in the request");
        }
        Validation v = new Validation().tableName(req.get("TableName"), "tableName", 3, 255);
        if (!v.isEmpty()) v.throwIfAny();
        JsonNode keySchema = req.get("KeySchema");
        JsonNode attrDefs = req.get("AttributeDefinitions");
        if (keySchema == null || keySchema.isNull()) {
            v.add("Value null at 'keySchema' failed to satisfy constraint: Member must not be null");
        } else {
            if (keySchema.size() > 2) {
                List<String> els = new ArrayList<>();
                keySchema.forEach(k -> els.add("KeySchemaElement(attributeName=" + k.path("AttributeName").asText()
                        + ", keyType=" + k.path("KeyType").asText() + ")"));
                v.add("Value '[" + String.join(", ", els) + "]' at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2");
            }
            if (keySchema.isEmpty()) {
                v.add("Value '[]' at 'keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1");
            }
            int i = 1;
            for (JsonNode k : keySchema) {
                v.enumValue(k.get("KeyType"), "keySchema." + i + ".member.keyType", List.of("HASH", "RANGE"));
                i++;
            }
        }
        if (attrDefs == null || attrDefs.isNull()) {
            v.add("Value null at 'attributeDefinitions' failed to satisfy constraint: Member must not be null");
        } else {
            int i = 1;
            for (JsonNode a : attrDefs) {
                v.enumValue(a.get("AttributeType"), "attributeDefinitions." + i + ".member.attributeType", List.of("B", "N", "S"));
                i++;
            }
        }
        v.enumValue(req.get("BillingMode"), "billingMode", List.of("PROVISIONED", "PAY_PER_REQUEST"));
        v.throwIfAny();

        Map<String, String> types = new LinkedHashMap<>();
        for (JsonNode a : attrDefs) {
            String name = a.path("AttributeName").asText();
            if (types.containsKey(name)) {
                throw DynamoDbError.validation("Cannot have two attributes with the same name. Attribute name: " + name);
            }
            types.put(name, a.path("AttributeType").asText());
        }
        String[] key = keys(keySchema, types, true);
        String billing = Wire.text(req, "BillingMode") == null ? "PROVISIONED" : Wire.text(req, "BillingMode");
        long[] capacity = capacity(req.get("ProvisionedThroughput"), billing, "");

        Set<String> used = new HashSet<>();
        used.add(key[0]);
        if (key[1] != null) used.add(key[1]);
        Set<String> indexNames = new HashSet<>();
        List<IndexDef> lsis = new ArrayList<>();
        JsonNode lsiNode = req.get("LocalSecondaryIndexes");
        if (lsiNode != null && !lsiNode.isNull()) {
            if (key[1] == null) {
                throw DynamoDbError.validation(INVALID + "Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
            }
            if (lsiNode.isEmpty()) throw DynamoDbError.validation(INVALID + "List of LocalSecondaryIndexes is empty");
            if (lsiNode.size() > 5) {
                throw DynamoDbError.validation(INVALID + "Number of LocalSecondaryIndexes exceeds per-table limit of 5");
            }
            for (JsonNode l : lsiNode) {
                IndexDef index = index(l, types, billing, false);
                if (!index.hash().equals(key[0])) {
                    throw DynamoDbError.validation(INVALID + "Index KeySchema does not have the same leading hash key as table KeySchema for index: "
                            + index.name() + ". index hash key: " + index.hash() + ", table hash key: " + key[0]);
                }
                if (index.range() == null) {
                    throw DynamoDbError.validation(INVALID + "Index KeySchema does not have a range key for index: " + index.name());
                }
                if (!indexNames.add(index.name())) throw DynamoDbError.validation(INVALID + "Duplicate index name: " + index.name());
                used.add(index.range());
                lsis.add(index);
            }
        }
        List<IndexDef> gsis = new ArrayList<>();
        JsonNode gsiNode = req.get("GlobalSecondaryIndexes");
        if (gsiNode != null && !gsiNode.isNull()) {
            if (gsiNode.isEmpty()) throw DynamoDbError.validation(INVALID + "List of GlobalSecondaryIndexes is empty");
            if (gsiNode.size() > 20) {
                throw DynamoDbError.validation(INVALID + "GlobalSecondaryIndex count exceeds the per-table limit of 20");
            }
            for (JsonNode g : gsiNode) {
                IndexDef index = index(g, types, billing, true);
                if (!indexNames.add(index.name())) throw DynamoDbError.validation(INVALID + "Duplicate index name: " + index.name());
                used.add(index.hash());
                if (index.range() != null) used.add(index.range());
                gsis.add(index);
            }
        }
        if (!used.containsAll(types.keySet()) || types.size() != used.size()) {
            throw DynamoDbError.validation(INVALID + "Some AttributeDefinitions are not used. AttributeDefinitions: "
                    + types.keySet().toString() + ", keys used: " + used);
        }
        String name = Wire.text(req, "TableName");
        Map<String, String> tags = new LinkedHashMap<>();
        JsonNode tagNode = req.get("Tags");
        if (tagNode != null) tagNode.forEach(t -> tags.put(t.path("Key").asText(), t.path("Value").asText()));
        JsonNode stream = req.get("StreamSpecification");
        boolean streamOn = stream != null && stream.path("StreamEnabled").asBoolean(false);
        TableDef def = new TableDef(name, UUID.randomUUID().toString(),
                "arn:aws:dynamodb:" + DynamoDbEngine.REGION + ":" + DynamoDbEngine.ACCOUNT + ":table/" + name,
                engine.clock().millis(), types, key[0], key[1], gsis, lsis, billing, capacity[0], capacity[1], tags,
                null, false, streamOn, streamOn ? stream.path("StreamViewType").asText(null) : null,
                req.path("DeletionProtectionEnabled").asBoolean(false), Wire.text(req, "TableClass"));
        engine.write(changes -> {
            if (engine.table(name) != null) {
                throw new DynamoDbError("ResourceInUseException", "Table already exists: " + name);
            }
            changes.defineTable(def);
            return null;
        });
        ObjectNode out = Wire.F.objectNode();
        out.set("TableDescription", engine.read(() -> {
            var t = engine.table(name);
            return t == null ? Wire.F.objectNode().put("TableName", name) : TableDescription.of(t, "CREATING", "CREATING");
        }));
        return out;
    }

    /** Parses a key schema: returns {hash, range-or-null}; validates types and definitions. */
    static String[] keys(JsonNode keySchema, Map<String, String> types, boolean table) throws DynamoDbError {
        String hash = null;
        String range = null;
        int i = 0;
        for (JsonNode k : keySchema) {
            String attr = k.path("AttributeName").asText();
            String type = k.path("KeyType").asText();
            if (i == 0 && !type.equals("HASH")) throw DynamoDbError.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
            if (i == 1 && !type.equals("RANGE")) throw DynamoDbError.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
            if (i == 0) hash = attr;
            else range = attr;
            i++;
        }
        if (hash != null && hash.equals(range)) {
            throw DynamoDbError.validation("Invalid KeySchema: Some index key attribute have no definition");
        }
        for (String a : new String[]{hash, range}) {
            if (a == null) continue;
            if (!types.containsKey(a)) {
                throw DynamoDbError.validation(table ? "Invalid KeySchema: Some index key attribute have no definition"
                        : INVALID + "Some index key attributes are not defined in AttributeDefinitions. Keys: ["
                          + a + "], AttributeDefinitions: " + types.keySet());
            }
        }
        return new String[]{hash, range};
    }

    static IndexDef index(JsonNode n, Map<String, String> types, String billing, boolean global) throws DynamoDbError {
        String name = n.path("IndexName").asText();
        JsonNode ks = n.get("KeySchema");
        if (ks == null || ks.isEmpty()) throw DynamoDbError.validation(INVALID + "Index KeySchema is empty for index: " + name);
        String[] key = keys(ks, types, false);
        JsonNode proj = n.get("Projection");
        String type = proj == null ? null : Wire.text(proj, "ProjectionType");
        if (type == null) type = "ALL";
        List<String> nonKey = new ArrayList<>();
        if (proj != null && proj.has("NonKeyAttributes")) proj.get("NonKeyAttributes").forEach(a -> nonKey.add(a.asText()));
        if (!type.equals("INCLUDE") && !nonKey.isEmpty()) {
            throw DynamoDbError.validation(INVALID + "ProjectionType is " + type
                    + ", but NonKeyAttributes is specified");
        }
        if (global && billing.equals("PROVISIONED") && !Wire.present(n, "ProvisionedThroughput")) {
            throw DynamoDbError.validation(INVALID + "ProvisionedThroughput must be specified for index: " + name);
        }
        long[] cap = global ? capacity(n.get("ProvisionedThroughput"), billing, " for index " + name) : new long[]{0, 0};
        return new IndexDef(name, key[0], key[1], type, nonKey, cap[0], cap[1]);
    }

    static long[] capacity(JsonNode pt, String billing, String where) throws DynamoDbError {
        boolean given = pt != null && !pt.isNull();
        if (billing.equals("PAY_PER_REQUEST")) {
            if (given) {
                throw DynamoDbError.validation(INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
            }
            return new long[]{0, 0};
        }
        if (!given) {
            throw DynamoDbError.validation(INVALID + "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        }
        long r = pt.path("ReadCapacityUnits").asLong(0);
        long w = pt.path("WriteCapacityUnits").asLong(0);
        if (r < 1 || w < 1) {
            throw DynamoDbError.validation(INVALID + "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        }
        return new long[]{r, w};
    }
}
