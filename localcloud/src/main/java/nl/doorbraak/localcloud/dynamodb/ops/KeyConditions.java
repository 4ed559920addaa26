package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;

/** A Query's key condition, from KeyConditionExpression or the legacy KeyConditions. */
final class KeyConditions {
    private KeyConditions() {}

    static Expressions.KeyCondition parse(JsonNode req, ExpressionContext ctx, String hashKey, String rangeKey) throws DynamoDbError {
        String text = Wire.text(req, "KeyConditionExpression");
        if (text != null) return Expressions.parseKeyCondition(text, ctx, hashKey, rangeKey);
        return Legacy.keyConditions(req, hashKey, rangeKey);
    }
}
