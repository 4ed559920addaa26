package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.partiql.Statement;

/** ExecuteStatement: one PartiQL statement (SELECT answers with Items; writes with an empty Items list). */
public final class ExecuteStatement implements Operation {
    private final DynamoDbEngine engine;

    public ExecuteStatement(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        Statement s = PartiqlStatements.parse(req.get("Statement"), req.get("Parameters"));
        if (s instanceof Statement.Select) {
            return engine.read(() -> PartiqlStatements.items(PartiqlStatements.run(engine, s, null).items()));
        }
        engine.write(changes -> {
            var outcome = PartiqlStatements.run(engine, s, changes);
            if (outcome.write() != null) outcome.write().run();
            return null;
        });
        return Wire.F.objectNode().set("Items", Wire.F.arrayNode());
    }
}
