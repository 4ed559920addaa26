package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

/** DescribeTimeToLive. */
public final class DescribeTimeToLive implements Operation {
    private final DynamoDbEngine engine;

    public DescribeTimeToLive(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        new Validation().tableName(req.get("TableName"), "tableName", 3, 255).throwIfAny();
        String name = Tables.name(req);
        var def = engine.read(() -> engine.requireTableNamed(name).def());
        ObjectNode out = Wire.F.objectNode();
        ObjectNode d = out.putObject("TimeToLiveDescription");
        if (def.ttlEnabled()) d.put("TimeToLiveStatus", "ENABLED").put("AttributeName", def.ttlAttribute());
        else d.put("TimeToLiveStatus", "DISABLED");
        return out;
    }
}
