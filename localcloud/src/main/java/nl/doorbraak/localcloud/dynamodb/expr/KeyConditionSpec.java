package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.Optional;

/**
 * A parsed key condition. Besides the contract's {@link Expressions.KeyCondition}, exposes the sort key predicate as a
 * tree ({@link #sortKeyNode()}) so the storage layer can turn it into a range scan.
 */
public record KeyConditionSpec(String partitionKeyName, AttributeValue partitionKeyValue,
                               Optional<String> sortKeyName, Optional<ConditionNode> sortKeyNode)
        implements Expressions.KeyCondition {

    @Override
    public Optional<Expressions.Condition> sortKeyCondition() {
        return sortKeyNode.map(ParsedCondition::new);
    }
}
