package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

/** DescribeTable. */
public final class DescribeTable implements Operation {
    private final DynamoDbEngine engine;

    public DescribeTable(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        new Validation().tableName(req.get("TableName"), "tableName", 1, 255).throwIfAny();
        String name = Tables.name(req);
        ObjectNode out = Wire.F.objectNode();
        out.set("Table", engine.read(() -> {
            var t = engine.table(name);
            if (t == null) throw DynamoDbError.resourceNotFound("Requested resource not found: Table: " + name + " not found");
            return TableDescription.of(t, "ACTIVE");
        }));
        return out;
    }
}
