package nl.doorbraak.localcloud.dynamodb.wire;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.dynamodb.DynamoDbError;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the constraint violations of one request in the order DynamoDB checks them and reports them together
 * ("2 validation errors detected: Value 'x' at 'returnValues' failed to satisfy constraint: ...; ...").
 */
public final class Validation {
    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    private final List<String> errors = new ArrayList<>();

    public Validation add(String error) {
        errors.add(error);
        return this;
    }

    /** A table name member (data-plane: 1..1024 characters; control-plane: 3..255). */
    public Validation tableName(JsonNode value, String member, int min, int max) {
        if (value == null || value.isNull()) {
            errors.add("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
            return this;
        }
        String s = value.asText();
        if (s.startsWith("arn:") && max < 1024) max = 1024;
        if (s.length() < min) {
            errors.add("Value '" + s + "' at '" + member + "' failed to satisfy constraint: Member must have length greater than or equal to " + min);
        }
        if (s.length() > max) {
            errors.add("Value '" + s + "' at '" + member + "' failed to satisfy constraint: Member must have length less than or equal to " + max);
        }
        if (!s.isEmpty() && !TABLE_NAME.matcher(s).matches()) {
            errors.add("Value '" + s + "' at '" + member + "' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        return this;
    }

    /** An optional enum member: refused when present and not one of {@code allowed} (listed in AWS's order). */
    public Validation enumValue(JsonNode value, String member, List<String> allowed) {
        if (value != null && !value.isNull() && !allowed.contains(value.asText())) {
            errors.add("Value '" + value.asText() + "' at '" + member + "' failed to satisfy constraint: Member must satisfy enum value set: ["
                    + String.join(", ", allowed) + "]");
        }
        return this;
    }

    public Validation minimum(JsonNode value, String member, long min) {
        if (value != null && !value.isNull() && value.asLong() < min) {
            errors.add("Value '" + value.asText() + "' at '" + member + "' failed to satisfy constraint: Member must have value greater than or equal to " + min);
        }
        return this;
    }

    public Validation maximum(JsonNode value, String member, long max) {
        if (value != null && !value.isNull() && value.asLong() > max) {
            errors.add("Value '" + value.asText() + "' at '" + member + "' failed to satisfy constraint: Member must have value less than or equal to " + max);
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() throws DynamoDbError {
        if (errors.isEmpty()) return;
        String head = errors.size() == 1 ? "1 validation error detected: " : errors.size() + " validation errors detected: ";
        throw DynamoDbError.validation(head + String.join("; ", errors));
    }

    public static final List<String> RETURN_VALUES = List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");
    public static final List<String> RETURN_CONSUMED = List.of("INDEXES", "TOTAL", "NONE");
    public static final List<String> RETURN_METRICS = List.of("SIZE", "NONE");
    public static final List<String> RETURN_ON_FAILURE = List.of("ALL_OLD", "NONE");
    public static final List<String> SELECT = List.of("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES");
    public static final List<String> CONDITIONAL_OPERATOR = List.of("AND", "OR");
}
