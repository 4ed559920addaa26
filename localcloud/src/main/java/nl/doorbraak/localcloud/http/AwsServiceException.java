package nl.doorbraak.localcloud.http;

/**
 * An AWS-shaped error: the HTTP status, the error type as AWS names it (without namespace prefix), and its message.
 * The service decides how {@code __type} is rendered through {@link #typeNamespace}
 * (DynamoDB prefixes {@code com.amazonaws.dynamodb.v20120810#}; Step Functions sends the bare name).
 * {@code extraJson} carries additional members (for example {@code CancellationReasons}) already serialized as
 * JSON object members without braces, or null.
 */
public class AwsServiceException extends Exception {
    private final int status;
    private final String type;
    private final String typeNamespace;
    private final String extraJson;

    public AwsServiceException(int status, String typeNamespace, String type, String message, String extraJson) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.typeNamespace = typeNamespace;
        this.extraJson = extraJson;
    }

    public AwsServiceException(int status, String typeNamespace, String type, String message) {
        this(status, typeNamespace, type, message, null);
    }

    public int status() { return status; }
    public String type() { return type; }
    public String typeNamespace() { return typeNamespace; }
    public String extraJson() { return extraJson; }
}
