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
    private boolean validated;

    /** Either map may be null when the request did not carry it. */
    public ExpressionContext(Map<String, String> names, Map<String, AttributeValue> values) {
        this.names = names;
        this.values = values;
    }

    public Map<String, String> names() { return names; }
    public Map<String, AttributeValue> values() { return values; }
    Set<String> usedNames() { return usedNames; }
    Set<String> usedValues() { return usedValues; }

    private static final java.util.regex.Pattern NAME_KEY = java.util.regex.Pattern.compile("#[A-Za-z0-9_]+");
    private static final java.util.regex.Pattern VALUE_KEY = java.util.regex.Pattern.compile(":[A-Za-z0-9_]+");

    /**
     * Before parsing: refuses empty maps and malformed placeholder keys as DynamoDB does
     * ("ExpressionAttributeNames must not be empty", "ExpressionAttributeNames contains invalid key: Syntax error; key: \"x\"").
     */
    public void validatePlaceholders() throws DynamoDbError {
        if (names != null && names.isEmpty()) throw DynamoDbError.validation("ExpressionAttributeNames must not be empty");
        if (values != null && values.isEmpty()) throw DynamoDbError.validation("ExpressionAttributeValues must not be empty");
        validateKeys();
    }

    private void validateKeys() throws DynamoDbError {
        validated = true;
        if (names != null) {
            for (String k : names.keySet()) {
                if (!NAME_KEY.matcher(k).matches()) {
                    throw DynamoDbError.validation("ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + k + "\"");
                }
            }
        }
        if (values != null) {
            for (String k : values.keySet()) {
                if (!VALUE_KEY.matcher(k).matches()) {
                    throw DynamoDbError.validation("ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + k + "\"");
                }
            }
        }
    }

    /** Validates the placeholder keys before the first expression of the request is parsed (empty maps are the wire layer's). */
    void validateOnce() throws DynamoDbError {
        if (!validated) validateKeys();
    }

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
