package nl.doorbraak.localcloud.http;

/**
 * A service spoken over the AWS JSON 1.0/1.1 protocol: {@code POST /} with {@code X-Amz-Target: <prefix>.<Operation>}.
 * The server routes by the target's prefix (for example {@code DynamoDB_20120810} or {@code AWSStepFunctions}).
 */
public interface AwsJsonService {

    /** The part of {@code X-Amz-Target} before the dot, e.g. {@code DynamoDB_20120810}. */
    String targetPrefix();

    /**
     * Handles one operation. Returns the response body (JSON) on success; throws {@link AwsServiceException}
     * for an AWS-shaped error. The body is the raw request bytes.
     */
    AwsResponse handle(String operation, byte[] body) throws AwsServiceException;
}
