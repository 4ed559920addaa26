package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;

/**
 * The legacy (pre-expression) parameters: {@code Expected}, {@code AttributeUpdates}, {@code KeyConditions},
 * {@code QueryFilter}, {@code ScanFilter}, with {@code ConditionalOperator}.
 */
final class Legacy {
    private Legacy() {}

    /** The {@code Expected} map of a write as a condition, or null when absent. */
    static Expressions.Condition expected(JsonNode req) throws DynamoDbError {
        if (!Wire.present(req, "Expected")) return null;
        throw new UnsupportedOperationException("Expected");
    }

    static Expressions.Condition filter(JsonNode req, String member) throws DynamoDbError {
        if (!Wire.present(req, member)) return null;
        throw new UnsupportedOperationException(member);
    }

    static Expressions.Update attributeUpdates(JsonNode req) throws DynamoDbError {
        if (!Wire.present(req, "AttributeUpdates")) return null;
        throw new UnsupportedOperationException("AttributeUpdates");
    }
}
