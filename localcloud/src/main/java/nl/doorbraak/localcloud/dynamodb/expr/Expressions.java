package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facade of the DynamoDB expression language: one parser and one evaluator per expression kind.
 * This file fixes the contract between the operations layer and the expression package.
 * Every parse method throws {@link DynamoDbError} (ValidationException) with DynamoDB's exact wording,
 * e.g. "Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= :v\"".
 */
public final class Expressions {
    private Expressions() {}

    /** A parsed condition or filter expression. */
    public interface Condition {
        /** Evaluates against an item (null or empty map = no item). */
        boolean test(Map<String, AttributeValue> item) throws DynamoDbError;
    }

    /** A parsed update expression (SET, REMOVE, ADD, DELETE clauses). */
    public interface Update {
        /**
         * Applies the update to a copy of {@code item} (null = no item yet; key attributes already present) and returns
         * the new item. Throws ValidationException for type mismatches, e.g. "An operand in the update expression has
         * an incorrect data type".
         */
        Map<String, AttributeValue> apply(Map<String, AttributeValue> item) throws DynamoDbError;

        /** Top-level attribute names this update writes or removes (to refuse key updates and compute UPDATED_* returns). */
        java.util.Set<String> topLevelAttributes();
    }

    /** A parsed projection expression. */
    public interface Projection {
        /** Returns only the projected paths of the item, nested structure preserved as DynamoDB does. */
        Map<String, AttributeValue> apply(Map<String, AttributeValue> item);
    }

    /** A parsed key condition: equality on the partition key plus an optional sort key condition. */
    public interface KeyCondition {
        String partitionKeyName();
        AttributeValue partitionKeyValue();
        /** The sort-key predicate, if present. */
        Optional<Condition> sortKeyCondition();
        /** Name of the sort key the condition uses, if any. */
        Optional<String> sortKeyName();
    }

    /**
     * @param parameterName the request parameter, for messages: "ConditionExpression" or "FilterExpression"
     */
    public static Condition parseCondition(String expression, ExpressionContext ctx, String parameterName) throws DynamoDbError {
        return new ParsedCondition(new ConditionParser(parameterName, expression, ctx).parse());
    }

    /** @return a {@link ParsedUpdate}, which also exposes its actions */
    public static ParsedUpdate parseUpdate(String expression, ExpressionContext ctx) throws DynamoDbError {
        return new UpdateParser(expression, ctx).parse();
    }

    public static Projection parseProjection(String expression, ExpressionContext ctx) throws DynamoDbError {
        return new ProjectionParser(expression, ctx).parse();
    }

    /**
     * @param hashKey  the table's or index's partition key attribute name
     * @param rangeKey the sort key attribute name, or null
     * @return a {@link KeyConditionSpec}, which also exposes the sort key condition as a tree for range scans
     */
    public static KeyConditionSpec parseKeyCondition(String expression, ExpressionContext ctx, String hashKey, String rangeKey) throws DynamoDbError {
        return KeyConditionParser.parse(expression, ctx, hashKey, rangeKey);
    }

    /** Legacy ProjectionExpression equivalent of AttributesToGet: each name is one top-level attribute, taken literally. */
    public static Projection attributesToGet(List<String> attributes) {
        List<DocumentPath> paths = new ArrayList<>();
        for (String a : attributes) paths.add(DocumentPath.of(a));
        return new PathProjection(paths);
    }
}
