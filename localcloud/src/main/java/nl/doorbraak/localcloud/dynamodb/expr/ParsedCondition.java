package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.Map;

/** A parsed condition or filter, ready to test items. */
public record ParsedCondition(ConditionNode root) implements Expressions.Condition {
    @Override
    public boolean test(Map<String, AttributeValue> item) {
        return ConditionEvaluator.test(root, item);
    }
}
