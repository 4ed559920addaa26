package nl.doorbraak.localcloud.dynamodb.ops;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.expr.ExpressionContext;
import nl.doorbraak.localcloud.dynamodb.expr.Expressions;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import nl.doorbraak.localcloud.dynamodb.wire.Validation;

import java.util.List;
import java.util.Map;

/**
 * The request of a whole-item write (PutItem's {@code Item}, DeleteItem's {@code Key}), validated in DynamoDB's order:
 * the constraint errors, the attribute map, ReturnValues (NONE or ALL_OLD), then the condition (expression or legacy
 * {@code Expected}) with its names and values all used.
 */
record ConditionalWrite(String table, Map<String, AttributeValue> attributes, String returnValues,
                        Expressions.Condition condition, boolean failureReturnsOld) {

    /** @param member the request member holding the attributes ({@code Item} or {@code Key}) */
    static ConditionalWrite parse(JsonNode req, String member) throws DynamoDbError {
        String param = Character.toLowerCase(member.charAt(0)) + member.substring(1);
        Validation v = new Validation().tableName(req.get("TableName"), "tableName", 1, 255);
        if (!Wire.present(req, member)) v.add("Value null at '" + param + "' failed to satisfy constraint: Member must not be null");
        v.enumValue(req.get("ReturnConsumedCapacity"), "returnConsumedCapacity", Validation.RETURN_CONSUMED)
                .enumValue(req.get("ReturnItemCollectionMetrics"), "returnItemCollectionMetrics", Validation.RETURN_METRICS)
                .enumValue(req.get("ReturnValues"), "returnValues", Validation.RETURN_VALUES)
                .enumValue(req.get("ReturnValuesOnConditionCheckFailure"), "returnValuesOnConditionCheckFailure", Validation.RETURN_ON_FAILURE)
                .enumValue(req.get("ConditionalOperator"), "conditionalOperator", Validation.CONDITIONAL_OPERATOR)
                .throwIfAny();
        Map<String, AttributeValue> attributes = Wire.item(req, member);
        String returnValues = Wire.text(req, "ReturnValues");
        if (returnValues != null && !returnValues.equals("NONE") && !returnValues.equals("ALL_OLD")) {
            throw DynamoDbError.validation("ReturnValues can only be ALL_OLD or NONE");
        }
        Conditions.noMixing(req, List.of("Expected"), List.of("ConditionExpression"));
        Conditions.namesAndValuesNeedExpressions(req, List.of("ConditionExpression"), List.of("ConditionExpression"));
        ExpressionContext ctx = Wire.context(req);
        Expressions.Condition condition = Conditions.condition(req, "ConditionExpression", ctx);
        if (condition == null) condition = Legacy.expected(req);
        Conditions.checkUsed(req, ctx);
        return new ConditionalWrite(Tables.name(req), attributes, returnValues, condition,
                "ALL_OLD".equals(Wire.text(req, "ReturnValuesOnConditionCheckFailure")));
    }

    boolean returnsOld() {
        return "ALL_OLD".equals(returnValues);
    }
}
