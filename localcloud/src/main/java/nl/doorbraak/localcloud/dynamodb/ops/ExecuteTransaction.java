package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.partiql.Statement;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ExecuteTransaction: up to 100 PartiQL statements, all writes or all reads, applied all or nothing; a failure
 * cancels the transaction with one reason per statement.
 */
public final class ExecuteTransaction implements Operation {
    private final DynamoDbEngine engine;

    public ExecuteTransaction(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        JsonNode statements = req.get("TransactStatements");
        Validation v = new Validation();
        if (statements == null || statements.isNull()) {
            v.add("Value null at 'transactStatements' failed to satisfy constraint: Member must not be null");
        } else if (statements.isEmpty()) {
            v.add("Value '[]' at 'transactStatements' failed to satisfy constraint: Member must have length greater than or equal to 1");
        } else if (statements.size() > 100) {
            v.add("Value at 'transactStatements' failed to satisfy constraint: Member must have length less than or equal to 100");
        }
        v.throwIfAny();
        List<Statement> parsed = new ArrayList<>();
        for (JsonNode entry : statements) parsed.add(PartiqlStatements.parse(entry.get("Statement"), entry.get("Parameters")));
        boolean reads = parsed.stream().allMatch(s -> s instanceof Statement.Select);
        if (!reads && parsed.stream().anyMatch(s -> s instanceof Statement.Select)) {
            throw DynamoDbError.validation("Transaction must contain either all reads or all writes");
        }
        List<List<Map<String, AttributeValue>>> results = engine.write(changes -> {
            List<ObjectNode> reasons = new ArrayList<>();
            List<Runnable> writes = new ArrayList<>();
            List<List<Map<String, AttributeValue>>> read = new ArrayList<>();
            boolean failed = false;
            for (Statement s : parsed) {
                ObjectNode reason = Wire.F.objectNode();
                try {
                    var outcome = PartiqlStatements.run(engine, s, changes);
                    if (outcome.write() != null) writes.add(outcome.write());
                    read.add(outcome.items());
                    reason.put("Code", "None");
                } catch (DynamoDbError e) {
                    if (e.type().equals("ResourceNotFoundException")) throw e;
                    reason.put("Code", PartiqlStatements.code(e)).put("Message", e.getMessage());
                    failed = true;
                }
                reasons.add(reason);
            }
            if (failed) throw Failures.cancelled(reasons);
            writes.forEach(Runnable::run);
            return read;
        });
        ObjectNode out = Wire.F.objectNode();
        if (reads) {
            ArrayNode responses = out.putArray("Responses");
            for (var items : results) {
                ObjectNode r = responses.addObject();
                if (!items.isEmpty()) r.set("Item", Wire.encode(items.get(0)));
            }
        }
        return out;
    }
}
