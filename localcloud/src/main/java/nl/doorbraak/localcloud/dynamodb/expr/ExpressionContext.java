package nl.doorbraak.localcloud.dynamodb.expr;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} of one request, shared by every
 * expression in it, recording which were used so that unused ones can be refused as DynamoDB does.
 * (Contract between the wire/operations layer and the expression package; the expression package implements it.)
 */
public final class ExpressionContext {
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedValues = new HashSet<>();

    /** Either map may be null when the request did not carry it. */
    public ExpressionContext(Map<String, String> names, Map<String, AttributeValue> values) {
        this.names = names;
        this.values = values;
    }

    public Map<String, String> names() { return names; }
    public Map<String, AttributeValue> values() { return values; }
    Set<String> usedNames() { return usedNames; }
    Set<String> usedValues() { return usedValues; }

    /**
     * After every expression of the request has been parsed: refuses unused names/values with DynamoDB's
     * ValidationException ("Value provided in ExpressionAttributeNames unused in expressions: keys: {#a}").
     */
    public void checkAllUsed() throws DynamoDbError {
        if (names != null) {
            String unused = names.keySet().stream().filter(k -> !usedNames.contains(k)).collect(Collectors.joining(", "));
            if (!unused.isEmpty()) {
                throw DynamoDbError.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {" + unused + "}");
            }
        }
        if (values != null) {
            String unused = values.keySet().stream().filter(k -> !usedValues.contains(k)).collect(Collectors.joining(", "));
            if (!unused.isEmpty()) {
                throw DynamoDbError.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {" + unused + "}");
            }
        }
    }
}
