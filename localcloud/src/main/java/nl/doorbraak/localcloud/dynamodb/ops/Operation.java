package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;

/** One DynamoDB API operation: the parsed request body in, the response body out. */
@FunctionalInterface
public interface Operation {
    JsonNode handle(JsonNode request) throws DynamoDbError;
}
