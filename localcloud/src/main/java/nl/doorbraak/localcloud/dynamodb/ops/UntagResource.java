package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;

import java.util.LinkedHashMap;
import java.util.Map;

/** UntagResource: removes tags by key. */
public final class UntagResource implements Operation {
    private final DynamoDbEngine engine;

    public UntagResource(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        String arn = Wire.text(req, "ResourceArn");
        JsonNode keys = req.get("TagKeys");
        if (arn == null) throw DynamoDbError.validation("1 validation error detected: Value null at 'resourceArn' failed to satisfy constraint: Member must not be null");
        if (keys == null || keys.isNull()) throw DynamoDbError.validation("1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
        engine.write(changes -> {
            var table = Arns.table(engine, arn);
            Map<String, String> next = new LinkedHashMap<>(table.def().tags());
            keys.forEach(k -> next.remove(k.asText()));
            changes.defineTable(table.def().withTags(next));
            return null;
        });
        return Wire.F.objectNode();
    }
}
