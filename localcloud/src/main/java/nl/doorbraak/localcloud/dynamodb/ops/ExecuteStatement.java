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
            var items = engine.read(() -> PartiqlStatements.run(engine, s, null).items());
            int from = 0;
            String token = Wire.text(req, "NextToken");
            if (token != null) {
                try {
                    from = Integer.parseInt(new String(java.util.Base64.getDecoder().decode(token), java.nio.charset.StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw DynamoDbError.validation("Invalid NextToken");
                }
            }
            int limit = req.path("Limit").asInt(Integer.MAX_VALUE);
            int to = (int) Math.min(items.size(), (long) from + limit);
            var out = PartiqlStatements.items(items.subList(Math.min(from, to), to));
            if (to < items.size()) {
                out.put("NextToken", java.util.Base64.getEncoder().encodeToString(Integer.toString(to).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            return out;
        }
        var returned = engine.write(changes -> {
            var outcome = PartiqlStatements.run(engine, s, changes);
            if (outcome.write() != null) outcome.write().run();
            return outcome.items();
        });
        return PartiqlStatements.items(returned);
    }
}
