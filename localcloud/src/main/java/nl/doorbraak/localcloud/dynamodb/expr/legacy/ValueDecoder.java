package nl.doorbraak.localcloud.dynamodb.expr.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

/** Turns a wire AttributeValue ({@code {"S": "x"}}) into the value model; supplied by the wire layer. */
@FunctionalInterface
public interface ValueDecoder {
    AttributeValue decode(JsonNode wire) throws DynamoDbError;
}
