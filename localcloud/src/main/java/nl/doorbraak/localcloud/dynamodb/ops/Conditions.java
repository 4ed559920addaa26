package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The expression-or-legacy parameter rules DynamoDB applies before it looks at the table: an expression and its
 * legacy counterpart may not be mixed, and expression attribute names/values need an expression that uses them.
 */
final class Conditions {
    private Conditions() {}

    /** Refuses a request that mixes expression parameters with legacy ones. */
    static void noMixing(JsonNode req, List<String> legacy, List<String> expressions) throws DynamoDbError {
        List<String> usedLegacy = new ArrayList<>();
        for (String l : legacy) if (Wire.present(req, l)) usedLegacy.add(l);
        List<String> usedExpr = new ArrayList<>();
        for (String e : expressions) if (Wire.present(req, e)) usedExpr.add(e);
        if (!usedLegacy.isEmpty() && !usedExpr.isEmpty()) {
            throw DynamoDbError.validation("Can not use both expression and non-expression parameters in the same request: "
                    + "Non-expression parameters: {" + String.join(", ", usedLegacy) + "} Expression parameters: {"
                    + String.join(", ", usedExpr) + "}");
        }
    }

    /**
     * Refuses ExpressionAttributeNames/Values when none of the request's expressions is present, with DynamoDB's
     * wording ("ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null").
     */
    static void namesAndValuesNeedExpressions(JsonNode req, List<String> expressions, List<String> valueExpressions) throws DynamoDbError {
        boolean anyExpr = expressions.stream().anyMatch(e -> Wire.present(req, e));
        if (Wire.present(req, "ExpressionAttributeNames") && !anyExpr) {
            throw DynamoDbError.validation("ExpressionAttributeNames can only be specified when using expressions");
        }
        boolean anyValueExpr = valueExpressions.stream().anyMatch(e -> Wire.present(req, e));
        if (Wire.present(req, "ExpressionAttributeValues") && !anyValueExpr) {
            String which = valueExpressions.size() == 1 ? valueExpressions.get(0) + " is null"
                    : String.join(" and ", valueExpressions) + " are null";
            throw DynamoDbError.validation("ExpressionAttributeValues can only be specified when using expressions: " + which);
        }
    }

    /** Parses an optional condition-like expression member, or returns null. */
    static Expressions.Condition condition(JsonNode req, String member, ExpressionContext ctx) throws DynamoDbError {
        String text = Wire.text(req, member);
        if (text == null) return null;
        return Expressions.parseCondition(text, ctx, member);
    }

    static Expressions.Projection projection(JsonNode req, ExpressionContext ctx) throws DynamoDbError {
        String text = Wire.text(req, "ProjectionExpression");
        if (text != null) return Expressions.parseProjection(text, ctx);
        if (Wire.present(req, "AttributesToGet")) return Legacy.attributesToGet(req);
        return null;
    }

    static boolean test(Expressions.Condition c, Map<String, AttributeValue> item) throws DynamoDbError {
        return c == null || c.test(item == null ? Map.of() : item);
    }

    /** Called once all expressions of a request are parsed: refuses unused names and values. */
    static void checkUsed(JsonNode req, ExpressionContext ctx) throws DynamoDbError {
        if (Wire.present(req, "ExpressionAttributeNames") || Wire.present(req, "ExpressionAttributeValues")) {
            ctx.checkAllUsed();
        }
    }
}
