package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.List;
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

    /** The constant values the sort key condition compares with (one, or two for BETWEEN). */
    public List<AttributeValue> sortKeyValues() {
        List<Operand> ops = switch (sortKeyNode.orElse(null)) {
            case null -> List.of();
            case ConditionNode.Compare c -> List.of(c.right());
            case ConditionNode.Between b -> List.of(b.low(), b.high());
            case ConditionNode.BeginsWith b -> List.of(b.prefix());
            default -> List.of();
        };
        return ops.stream().map(o -> ((Operand.Value) o).value()).toList();
    }

    /**
     * Refuses key values whose type differs from the key schema's attribute types (S, N or B):
     * "One or more parameter values were invalid: Condition parameter type does not match schema type".
     *
     * @param rangeKeyType the sort key's type, or null when the table or index has none
     */
    public void checkTypes(String hashKeyType, String rangeKeyType) throws DynamoDbError {
        boolean ok = partitionKeyValue.type().equals(hashKeyType);
        for (AttributeValue v : sortKeyValues()) ok &= v.type().equals(rangeKeyType);
        if (!ok) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
    }
}
