package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.expr.legacy.LegacyConditions;
import nl.doorbraak.localcloud.dynamodb.expr.legacy.LegacyKeyConditions;
import nl.doorbraak.localcloud.dynamodb.expr.legacy.LegacyProjection;
import nl.doorbraak.localcloud.dynamodb.expr.legacy.LegacyUpdates;
import nl.doorbraak.localcloud.dynamodb.types.AttributeJson;

/**
 * The legacy (pre-expression) parameters: {@code Expected}, {@code AttributeUpdates}, {@code KeyConditions},
 * {@code QueryFilter}, {@code ScanFilter}, {@code AttributesToGet}, with {@code ConditionalOperator}; converted by the
 * expression package into the same conditions, updates and projections the expressions produce.
 */
final class Legacy {
    private Legacy() {}

    /** The {@code Expected} map of a write as a condition, or null when absent. */
    static Expressions.Condition expected(JsonNode req) throws DynamoDbError {
        if (!Wire.present(req, "Expected")) return null;
        return LegacyConditions.expected(req.get("Expected"), Wire.text(req, "ConditionalOperator"), AttributeJson::decode);
    }

    static Expressions.Condition filter(JsonNode req, String member) throws DynamoDbError {
        if (!Wire.present(req, member)) return null;
        return LegacyConditions.filter(req.get(member), Wire.text(req, "ConditionalOperator"), AttributeJson::decode);
    }

    static Expressions.Update attributeUpdates(JsonNode req) throws DynamoDbError {
        if (!Wire.present(req, "AttributeUpdates")) return null;
        return LegacyUpdates.attributeUpdates(req.get("AttributeUpdates"), AttributeJson::decode);
    }

    static Expressions.KeyCondition keyConditions(JsonNode req, String hashKey, String rangeKey) throws DynamoDbError {
        return LegacyKeyConditions.keyConditions(req.get("KeyConditions"), AttributeJson::decode, hashKey, rangeKey);
    }

    static Expressions.Projection attributesToGet(JsonNode req) throws DynamoDbError {
        return LegacyProjection.attributesToGet(req.get("AttributesToGet"));
    }
}
