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
    private final StringBuilder log = new StringBuilder();
    private volatile long startedNanos;
    private volatile int memoryMb;
    private volatile java.util.function.LongSupplier maxMemoryUsedMb = () -> 0;

    Invocation(String requestId, byte[] payload, String functionArn, String clientContext, String traceId) {
        this.requestId = requestId;
        this.payload = payload;
        this.functionArn = functionArn;
        this.clientContext = clientContext;
        this.traceId = traceId;
    }

    /** Called when the runtime takes the invocation. */
    void started(int memoryMb, java.util.function.LongSupplier maxMemoryUsedMb) {
        this.startedNanos = System.nanoTime();
        this.memoryMb = memoryMb;
        this.maxMemoryUsedMb = maxMemoryUsedMb;
    }

    void appendLog(String line) {
        synchronized (log) {
            if (log.length() < 64 * 1024) {
                log.append(line).append('\n');
            }
        }
    }

    boolean succeed(byte[] body) {
        return result.complete(new InvokeResult(200, body, null, requestId, tail()));
    }

    boolean fail(byte[] errorDocument) {
        return result.complete(new InvokeResult(200, errorDocument, "Unhandled", requestId, tail()));
    }

    /** Lambda's log of one invocation, last 4 KB, base64 (as {@code X-Amz-Log-Result}). */
    private String tail() {
        double millis = startedNanos == 0 ? 0 : (System.nanoTime() - startedNanos) / 1_000_000.0;
        String text;
        synchronized (log) {
            text = "START RequestId: " + requestId + " Version: $LATEST\n" + log
                    + "END RequestId: " + requestId + "\n"
                    + String.format(java.util.Locale.ROOT, "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\t"
                            + "Memory Size: %d MB\tMax Memory Used: %d MB\t\n", requestId, millis, (long) Math.ceil(millis),
                    memoryMb, maxMemoryUsedMb.getAsLong());
        }
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int from = Math.max(0, bytes.length - 4096);
        return java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, from, bytes.length));
    }
}
