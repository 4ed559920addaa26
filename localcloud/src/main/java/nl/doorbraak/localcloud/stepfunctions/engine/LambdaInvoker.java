package nl.doorbraak.localcloud.stepfunctions.engine;

/**
 * How the engine calls a Lambda function. The local Lambda service implements it; tests register in-process handlers.
 * A function error comes back as a result with {@code functionError} set ("Unhandled" or "Handled") and the payload
 * {@code {"errorMessage": ..., "errorType": ..., "stackTrace": [...]}} as the Lambda wire gives it (for Java, the
 * runtime interface client puts the exception's fully qualified class name in {@code errorType}).
 */
@FunctionalInterface
public interface LambdaInvoker {

    InvokeResult invoke(String functionArnOrName, byte[] payload);

    /** A Lambda Invoke response: status code, payload bytes, {@code X-Amz-Function-Error} (null when none), version. */
    record InvokeResult(int statusCode, byte[] payload, String functionError, String executedVersion) {
        public static InvokeResult ok(byte[] payload) {
            return new InvokeResult(200, payload, null, "$LATEST");
        }

        public static InvokeResult error(byte[] errorPayload) {
            return new InvokeResult(200, errorPayload, "Unhandled", "$LATEST");
        }
    }

    /** No Lambda service wired: every invocation fails as AWS reports a missing function. */
    LambdaInvoker NONE = (fn, payload) -> {
        throw new nl.doorbraak.localcloud.stepfunctions.StatesError("Lambda.ResourceNotFoundException",
                "Function not found: " + fn + " (Service: Lambda, Status Code: 404, Request ID: 00000000-0000-0000-0000-000000000000)");
    };
}
