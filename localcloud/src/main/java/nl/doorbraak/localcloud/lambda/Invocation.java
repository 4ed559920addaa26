package nl.doorbraak.localcloud.lambda;

import java.util.concurrent.CompletableFuture;

/**
 * One request on its way through a function process: what the Runtime API hands out at {@code /next}, and the
 * future its {@code /response}, {@code /error}, a timeout or the process's death completes (first one wins).
 */
final class Invocation {
    final String requestId;
    final byte[] payload;
    final String functionArn;
    final String clientContext;
    final String traceId;
    final CompletableFuture<InvokeResult> result = new CompletableFuture<>();
    volatile long deadlineEpochMs;

    Invocation(String requestId, byte[] payload, String functionArn, String clientContext, String traceId) {
        this.requestId = requestId;
        this.payload = payload;
        this.functionArn = functionArn;
        this.clientContext = clientContext;
        this.traceId = traceId;
    }

    boolean succeed(byte[] body) {
        return result.complete(new InvokeResult(200, body, null, requestId));
    }

    boolean fail(byte[] errorDocument) {
        return result.complete(new InvokeResult(200, errorDocument, "Unhandled", requestId));
    }
}
