package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

/** UpdateTimeToLive: turns expiry on an attribute on or off (see {@code TtlSweeper} for the deletions). */
public final class UpdateTimeToLive implements Operation {
    private final DynamoDbEngine engine;

    public UpdateTimeToLive(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        Validation v = new Validation().tableName(req.get("TableName"), "tableName", 3, 255);
        JsonNode spec = req.get("TimeToLiveSpecification");
        if (spec == null || spec.isNull()) v.add("Value null at 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null");
        v.throwIfAny();
        String attribute = Wire.text(spec, "AttributeName");
        if (attribute == null || attribute.isEmpty()) {
            throw DynamoDbError.validation("1 validation error detected: Value null at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must not be null");
        }
        if (!spec.has("Enabled")) {
            throw DynamoDbError.validation("1 validation error detected: Value null at 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null");
        }
        boolean enabled = spec.path("Enabled").asBoolean();
        String name = Tables.name(req);
        engine.write(changes -> {
            var table = engine.requireTableNamed(name);
            var def = table.def();
            if (enabled && def.ttlEnabled()) {
                throw DynamoDbError.validation("TimeToLive is already enabled");
            }
            if (!enabled && !def.ttlEnabled()) {
                throw DynamoDbError.validation("TimeToLive is already disabled");
            }
            changes.defineTable(def.withTtl(enabled ? attribute : null, enabled));
            return null;
        });
        ObjectNode out = Wire.F.objectNode();
        out.putObject("TimeToLiveSpecification").put("AttributeName", attribute).put("Enabled", enabled);
        return out;
    }
}
