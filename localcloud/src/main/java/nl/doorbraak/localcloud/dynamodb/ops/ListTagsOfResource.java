package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;

import java.util.Map;

/** ListTagsOfResource: a table's tags (all in one page). */
public final class ListTagsOfResource implements Operation {
    private final DynamoDbEngine engine;

    public ListTagsOfResource(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        String arn = Wire.text(req, "ResourceArn");
        if (arn == null) throw DynamoDbError.validation("1 validation error detected: Value null at 'resourceArn' failed to satisfy constraint: Member must not be null");
        Map<String, String> tags = engine.read(() -> Arns.table(engine, arn).def().tags());
        ObjectNode out = Wire.F.objectNode();
        ArrayNode a = out.putArray("Tags");
        tags.forEach((k, v) -> a.addObject().put("Key", k).put("Value", v));
        return out;
    }
}
