package nl.doorbraak.localcloud.apigateway;

import nl.doorbraak.localcloud.lambda.InvocationType;
import nl.doorbraak.localcloud.lambda.InvokeResult;
import nl.doorbraak.localcloud.lambda.LambdaService;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * How the HTTP API reaches its integrations: in-process on the local Lambda service, or through any endpoint's
 * Lambda Invoke API (the thin HTTP front for endpoints without an HTTP API emulation).
 */
@FunctionalInterface
public interface FunctionInvoker {

    /** Invokes synchronously; a function error is a result with {@code functionError}, not an exception. */
    InvokeResult invoke(String function, byte[] payload);

    static FunctionInvoker local(LambdaService lambda) {
        return (function, payload) -> lambda.invoke(function, payload, InvocationType.REQUEST_RESPONSE);
    }

    static FunctionInvoker remote(LambdaClient client) {
        return (function, payload) -> {
            InvokeResponse r = client.invoke(b -> b.functionName(function).payload(SdkBytes.fromByteArray(payload)));
            return new InvokeResult(r.statusCode(), r.payload().asByteArray(), r.functionError(),
                    r.responseMetadata().requestId());
        };
    }
}
