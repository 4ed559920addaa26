package nl.doorbraak.localcloud.dynamodb.expr.legacy;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.expr.Comparator;
import nl.doorbraak.localcloud.dynamodb.expr.ConditionNode;
import nl.doorbraak.localcloud.dynamodb.expr.DocumentPath;
import nl.doorbraak.localcloud.dynamodb.expr.Operand;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.List;
import java.util.Set;

/**
 * The legacy {@code ComparisonOperator}s of Expected, QueryFilter, ScanFilter and KeyConditions, each translated into
 * the condition tree the expression evaluator runs.
 */
public enum ComparisonOperator {
    EQ(1, null), NE(1, null),
    LE(1, Set.of("S", "N", "B")), LT(1, Set.of("S", "N", "B")), GE(1, Set.of("S", "N", "B")), GT(1, Set.of("S", "N", "B")),
    NOT_NULL(0, null), NULL(0, null),
    CONTAINS(1, Set.of("S", "N", "B")), NOT_CONTAINS(1, Set.of("S", "N", "B")),
    BEGINS_WITH(1, Set.of("S", "B")),
    IN(-1, Set.of("S", "N", "B")),
    BETWEEN(2, Set.of("S", "N", "B"));

    private final int arguments;
    private final Set<String> types;

    ComparisonOperator(int arguments, Set<String> types) {
        this.arguments = arguments;
        this.types = types;
    }

    static ComparisonOperator parse(String text) throws DynamoDbError {
        for (ComparisonOperator op : values()) if (op.name().equals(text)) return op;
        throw DynamoDbError.validation("1 validation error detected: Value '" + text + "' at 'comparisonOperator' failed to satisfy constraint: "
                + "Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]");
    }

    /** Checks the argument count and types with DynamoDB's legacy wording. */
    void validate(List<AttributeValue> args) throws DynamoDbError {
        boolean countOk = arguments < 0 ? !args.isEmpty() : args.size() == arguments;
        if (!countOk) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Invalid number of argument(s) for the "
                    + name() + " ComparisonOperator");
        }
        if (types != null) {
            for (AttributeValue v : args) {
                if (!types.contains(v.type())) {
                    throw DynamoDbError.validation("One or more parameter values were invalid: ComparisonOperator " + name()
                            + " is not valid for " + v.type() + " AttributeValue type");
                }
            }
        }
        for (AttributeValue v : args) {
            if (!v.type().equals(args.get(0).type())) {
                throw DynamoDbError.validation("One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type");
            }
        }
        if (this == BETWEEN) {
            var cmp = nl.doorbraak.localcloud.dynamodb.expr.Values.compare(args.get(0), args.get(1));
            if (cmp.isPresent() && cmp.getAsInt() > 0) {
                throw DynamoDbError.validation("The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
            }
        }
    }

    /** The condition on one top-level attribute. */
    ConditionNode toCondition(String attribute, List<AttributeValue> args) {
        DocumentPath path = DocumentPath.of(attribute);
        Operand subject = new Operand.Path(path);
        List<Operand> values = args.stream().map(v -> (Operand) new Operand.Value("legacy", v)).toList();
        return switch (this) {
            case EQ -> new ConditionNode.Compare(Comparator.EQ, subject, values.get(0));
            case NE -> new ConditionNode.Compare(Comparator.NE, subject, values.get(0));
            case LE -> new ConditionNode.Compare(Comparator.LE, subject, values.get(0));
            case LT -> new ConditionNode.Compare(Comparator.LT, subject, values.get(0));
            case GE -> new ConditionNode.Compare(Comparator.GE, subject, values.get(0));
            case GT -> new ConditionNode.Compare(Comparator.GT, subject, values.get(0));
            case NOT_NULL -> new ConditionNode.AttributeExists(path);
            case NULL -> new ConditionNode.AttributeNotExists(path);
            case CONTAINS -> new ConditionNode.Contains(subject, values.get(0));
            case NOT_CONTAINS -> new ConditionNode.Not(new ConditionNode.Contains(subject, values.get(0)));
            case BEGINS_WITH -> new ConditionNode.BeginsWith(subject, values.get(0));
            case IN -> new ConditionNode.In(subject, values);
            case BETWEEN -> new ConditionNode.Between(subject, values.get(0), values.get(1));
        };
    }
}
