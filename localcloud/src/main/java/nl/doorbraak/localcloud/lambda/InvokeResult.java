package nl.doorbraak.localcloud.lambda;

import java.nio.charset.StandardCharsets;

/**
 * What an invocation answered: the payload (the handler's result, or Lambda's error document) and
 * {@code functionError} = {@code "Unhandled"} when the function failed, null otherwise.
 * {@code statusCode} is the Invoke API's: 200 for RequestResponse, 202 for Event, 204 for DryRun.
 * {@code logTail} is the last 4 KB of the invocation's log (START, the function's output, END, REPORT), base64-encoded
 * as {@code X-Amz-Log-Result} carries it; null when there is none.
 */
public record InvokeResult(int statusCode, byte[] payload, String functionError, String requestId, String logTail) {

    public InvokeResult(int statusCode, byte[] payload, String functionError, String requestId) {
        this(statusCode, payload, functionError, requestId, null);
    }

    public boolean failed() {
        return functionError != null;
    }

    public String payloadUtf8() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
