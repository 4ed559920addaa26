package nl.doorbraak.localcloud.dynamodb;

import nl.doorbraak.localcloud.http.AwsServiceException;

/** A DynamoDB error as the wire shows it: {@code __type} = {@code com.amazonaws.dynamodb.v20120810#<type>}. */
public class DynamoDbError extends AwsServiceException {
    public static final String NAMESPACE = "com.amazonaws.dynamodb.v20120810#";

    public DynamoDbError(int status, String type, String message, String extraJson) {
        super(status, NAMESPACE, type, message, extraJson);
    }

    public DynamoDbError(String type, String message) {
        this(400, type, message, null);
    }

    public static DynamoDbError validation(String message) {
        return new DynamoDbError("ValidationException", message);
    }

    public static DynamoDbError resourceNotFound(String message) {
        return new DynamoDbError("ResourceNotFoundException", message);
    }

    public static DynamoDbError conditionalCheckFailed(String extraJson) {
        return new DynamoDbError(400, "ConditionalCheckFailedException", "The conditional request failed", extraJson);
    }
}
