package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;

import java.util.LinkedHashMap;
import java.util.Map;

/** TagResource: adds or replaces tags on a table, given its ARN. */
public final class TagResource implements Operation {
    private final DynamoDbEngine engine;

    public TagResource(DynamoDbEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode req) throws DynamoDbError {
        String arn = Wire.text(req, "ResourceArn");
        JsonNode tags = req.get("Tags");
        if (arn == null) throw DynamoDbError.validation("1 validation error detected: Value null at 'resourceArn' failed to satisfy constraint: Member must not be null");
        if (tags == null || tags.isNull()) throw DynamoDbError.validation("1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
        engine.write(changes -> {
            var table = Arns.table(engine, arn);
            Map<String, String> next = new LinkedHashMap<>(table.def().tags());
            for (JsonNode t : tags) next.put(t.path("Key").asText(), t.path("Value").asText());
            if (next.size() > 50) throw DynamoDbError.validation("One or more parameter values were invalid: The number of tags exceeds the limit of 50");
            changes.defineTable(table.def().withTags(next));
            return null;
        });
        return Wire.F.objectNode();
    }
}
