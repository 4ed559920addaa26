package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

/** DeleteTable: gone at once (answers with status DELETING, as DynamoDB does). */
public final class DeleteTable implements Operation {
    private final DynamoDbEngine engine;

    public DeleteTable(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        new Validation().tableName(req.get("TableName"), "tableName", 1, 255).throwIfAny();
        String name = Tables.name(req);
        ObjectNode desc = engine.write(changes -> {
            var t = engine.table(name);
            if (t == null) throw DynamoDbError.resourceNotFound("Requested resource not found: Table: " + name + " not found");
            if (t.def().deletionProtection()) {
                throw DynamoDbError.validation("Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.");
            }
            ObjectNode d = TableDescription.of(t, "DELETING");
            changes.dropTable(name);
            return d;
        });
        ObjectNode out = Wire.F.objectNode();
        out.set("TableDescription", desc);
        return out;
    }
}
