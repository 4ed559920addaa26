package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parser of key condition expressions: a condition (same grammar) restricted to {@code pk = :v} joined by AND with at
 * most one sort key condition ({@code = < <= > >= BETWEEN begins_with}).
 */
public final class KeyConditionParser {
    static final String PARAMETER = "KeyConditionExpression";

    private KeyConditionParser() {}

    static KeyConditionSpec parse(String src, ExpressionContext ctx, String hashKey, String rangeKey) throws DynamoDbError {
        ConditionNode root = new ConditionParser(PARAMETER, src, ctx).parse();
        List<ConditionNode> parts = new ArrayList<>();
        flatten(root, parts);
        return fromParts(parts, hashKey, rangeKey);
    }

    /** Builds the spec from AND-ed simple conditions (also used by the legacy KeyConditions conversion). */
    public static KeyConditionSpec fromParts(List<ConditionNode> parts, String hashKey, String rangeKey) throws DynamoDbError {
        if (parts.size() > 2) {
            throw ExpressionErrors.invalid(PARAMETER, "The expression contains more than two conditions;");
        }
        AttributeValue hashValue = null;
        ConditionNode hashNode = null;
        ConditionNode sortNode = null;
        List<String> attributes = new ArrayList<>();
        for (ConditionNode part : parts) attributes.add(keyAttribute(part));
        if (!attributes.contains(hashKey)) {
            throw DynamoDbError.validation("Query condition missed key schema element: " + hashKey);
        }
        for (int i = 0; i < parts.size(); i++) {
            ConditionNode part = parts.get(i);
            String attr = attributes.get(i);
            if (attr.equals(hashKey)) {
                if (hashNode != null) throw onePerKey();
                if (!(part instanceof ConditionNode.Compare c) || c.op() != Comparator.EQ) {
                    throw DynamoDbError.validation("Query key condition not supported");
                }
                hashNode = part;
                hashValue = ((Operand.Value) c.right()).value();
            } else if (attr.equals(rangeKey)) {
                if (sortNode != null) throw onePerKey();
                sortNode = part;
            } else if (rangeKey != null) {
                throw DynamoDbError.validation("Query condition missed key schema element: " + rangeKey);
            } else {
                throw DynamoDbError.validation("Query key condition not supported");
            }
        }
        String sortName = sortNode == null ? null : rangeKey;
        return new KeyConditionSpec(hashKey, hashValue, Optional.ofNullable(sortName), Optional.ofNullable(sortNode));
    }

    private static DynamoDbError onePerKey() {
        return ExpressionErrors.invalid(PARAMETER, "KeyConditionExpressions must only contain one condition per key");
    }

    private static void flatten(ConditionNode n, List<ConditionNode> out) throws DynamoDbError {
        switch (n) {
            case ConditionNode.And a -> {
                flatten(a.left(), out);
                flatten(a.right(), out);
            }
            case ConditionNode.Or o -> throw invalidOperator("OR");
            case ConditionNode.Not o -> throw invalidOperator("NOT");
            case ConditionNode.In o -> throw invalidOperator("IN");
            case ConditionNode.Compare c when c.op() == Comparator.NE -> throw invalidOperator("<>");
            case ConditionNode.AttributeExists o -> throw invalidOperator("attribute_exists");
            case ConditionNode.AttributeNotExists o -> throw invalidOperator("attribute_not_exists");
            case ConditionNode.AttributeType o -> throw invalidOperator("attribute_type");
            case ConditionNode.Contains o -> throw invalidOperator("contains");
            default -> out.add(n);
        }
    }

    private static DynamoDbError invalidOperator(String op) {
        return ExpressionErrors.invalid(PARAMETER, "Invalid operator used in KeyConditionExpression: " + op);
    }

    /** The key attribute a simple condition constrains: a top-level path compared with values. */
    private static String keyAttribute(ConditionNode part) throws DynamoDbError {
        Operand subject;
        List<Operand> others = new ArrayList<>();
        switch (part) {
            case ConditionNode.Compare c -> {
                subject = c.left();
                others.add(c.right());
            }
            case ConditionNode.Between b -> {
                subject = b.value();
                others.add(b.low());
                others.add(b.high());
            }
            case ConditionNode.BeginsWith b -> {
                subject = b.value();
                others.add(b.prefix());
            }
            default -> throw DynamoDbError.validation("Query key condition not supported");
        }
        if (!(subject instanceof Operand.Path p) || !p.path().isTopLevel()
                || !others.stream().allMatch(o -> o instanceof Operand.Value)) {
            throw DynamoDbError.validation("Query key condition not supported");
        }
        return p.path().head();
    }
}
