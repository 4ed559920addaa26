package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.ArrayList;
import java.util.List;

/** ListTables, in name order, paginated by ExclusiveStartTableName and Limit (1..100). */
public final class ListTables implements Operation {
    private final DynamoDbEngine engine;

    public ListTables(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        Validation v = new Validation();
        if (Wire.present(req, "ExclusiveStartTableName")) v.tableName(req.get("ExclusiveStartTableName"), "exclusiveStartTableName", 3, 255);
        v.minimum(req.get("Limit"), "limit", 1).maximum(req.get("Limit"), "limit", 100).throwIfAny();
        int limit = req.path("Limit").asInt(100);
        String start = Wire.text(req, "ExclusiveStartTableName");
        List<String> names = engine.read(() -> new ArrayList<>(
                start == null ? engine.tables().keySet() : engine.tables().tailMap(start, false).keySet()));
        ObjectNode out = Wire.F.objectNode();
        ArrayNode a = out.putArray("TableNames");
        for (int i = 0; i < Math.min(limit, names.size()); i++) a.add(names.get(i));
        if (names.size() > limit) out.put("LastEvaluatedTableName", names.get(limit - 1));
        return out;
    }
}
