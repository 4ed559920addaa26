package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.partiql.Statement;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

/** BatchExecuteStatement: up to 25 PartiQL statements, each on its own; failures are reported per statement. */
public final class BatchExecuteStatement implements Operation {
    private final DynamoDbEngine engine;

    public BatchExecuteStatement(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        JsonNode statements = req.get("Statements");
        Validation v = new Validation();
        if (statements == null || statements.isNull()) {
            v.add("Value null at 'statements' failed to satisfy constraint: Member must not be null");
        } else if (statements.isEmpty()) {
            v.add("Value '[]' at 'statements' failed to satisfy constraint: Member must have length greater than or equal to 1");
        } else if (statements.size() > 25) {
            v.add("Value at 'statements' failed to satisfy constraint: Member must have length less than or equal to 25");
        }
        v.throwIfAny();
        ObjectNode out = Wire.F.objectNode();
        ArrayNode responses = out.putArray("Responses");
        for (JsonNode entry : statements) {
            ObjectNode r = responses.addObject();
            try {
                Statement s = PartiqlStatements.parse(entry.get("Statement"), entry.get("Parameters"));
                r.put("TableName", s.table());
                if (s instanceof Statement.Select) {
                    var items = engine.read(() -> PartiqlStatements.run(engine, s, null).items());
                    if (!items.isEmpty()) r.set("Item", Wire.encode(items.get(0)));
                } else {
                    engine.write(changes -> {
                        var outcome = PartiqlStatements.run(engine, s, changes);
                        if (outcome.write() != null) outcome.write().run();
                        return null;
                    });
                }
            } catch (DynamoDbError e) {
                r.putObject("Error").put("Code", PartiqlStatements.code(e)).put("Message", e.getMessage());
            }
        }
        return out;
    }
}
