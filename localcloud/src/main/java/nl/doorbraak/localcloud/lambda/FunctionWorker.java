package nl.doorbraak.localcloud.lambda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.CompletableFuture;

/**
 * One function process (a JVM running AWS's runtime interface client) and the Runtime API it talks to.
 * It handles one invocation at a time, as a Lambda execution environment does. It dies on a timeout (killed), a crash
 * or an init error; the pool then starts a new one.
 */
final class FunctionWorker implements RuntimeApiServer.Sandbox, AutoCloseable {
    private final LambdaFunction function;
    private final WorkerLauncher launcher;
    private final ScheduledExecutorService timers;
    private final SynchronousQueue<Invocation> handoff = new SynchronousQueue<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final RuntimeApiServer runtimeApi;
    private final long startedNanos = System.nanoTime();
    private volatile Process process;
    private volatile Invocation current;
    private volatile Invocation expired;
    private volatile byte[] initError;
    private volatile boolean stopping;
    private volatile long coldStartMillis = -1;

    FunctionWorker(LambdaFunction function, WorkerLauncher launcher, ScheduledExecutorService timers) throws IOException {
        this.function = function;
        this.launcher = launcher;
        this.timers = timers;
        this.runtimeApi = new RuntimeApiServer(this);
        try {
            this.process = launcher.start(function, runtimeApi.address());
        } catch (IOException | RuntimeException e) {
            runtimeApi.close();
            throw e;
        }
        pump(process.getInputStream());
        pump(process.getErrorStream());
        process.onExit().thenAccept(p -> exited(p.exitValue()));
    }

    LambdaFunction function() {
        return function;
    }

    boolean alive() {
        return process.isAlive() && !stopping;
    }

    long pid() {
        return process.pid();
    }

    /** Milliseconds from process start to its first {@code /next}, or -1 while starting. */
    long coldStartMillis() {
        return coldStartMillis;
    }

    /** Runs one invocation on this process and waits for its outcome (success, error, timeout or crash). */
    InvokeResult invoke(Invocation invocation, Duration initTimeout) throws InterruptedException {
        try {
            ready.get(initTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            kill();
            return new InvokeResult(200, LambdaErrors.document("Runtime.Unknown", "RequestId: " + invocation.requestId
                    + " Error: Runtime failed to start within " + initTimeout.toSeconds() + " seconds"), "Unhandled",
                    invocation.requestId);
        } catch (ExecutionException e) {
            byte[] error = initError != null ? initError
                    : LambdaErrors.exited(invocation.requestId, e.getCause().getMessage());
            return new InvokeResult(200, error, "Unhandled", invocation.requestId);
        }
        current = invocation;
        if (!process.isAlive()) {
            invocation.fail(LambdaErrors.exited(invocation.requestId, LambdaErrors.exitDescription(process.exitValue())));
        } else if (!handoff.offer(invocation, initTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            invocation.fail(LambdaErrors.document("Runtime.Unknown", "RequestId: " + invocation.requestId
                    + " Error: Runtime did not ask for the next invocation"));
        }
        try {
            return invocation.result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            current = null;
        }
    }

    // ---- Runtime API (called from the process's HTTP requests) ----

    @Override
    public Invocation next() throws InterruptedException {
        if (!ready.isDone()) {
            coldStartMillis = (System.nanoTime() - startedNanos) / 1_000_000;
            ready.complete(null);
        }
        Invocation invocation = null;
        while (invocation == null && !stopping && process.isAlive()) {
            invocation = handoff.poll(1, TimeUnit.SECONDS);
        }
        if (invocation == null) {
            return null;
        }
        int timeout = function.config().timeoutSeconds();
        invocation.deadlineEpochMs = System.currentTimeMillis() + timeout * 1000L;
        invocation.started(function.config().memoryMb(), this::peakRssMb);
        Invocation timed = invocation;
        ScheduledFuture<?> timer = timers.schedule(() -> Thread.ofVirtual().start(() -> {
            if (timed.result.isDone()) {
                return;
            }
            expired = timed;
            launcher.log(function.name(), "Task timed out after " + timeout + " s; stopping process " + process.pid());
            kill();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timed.fail(LambdaErrors.timedOut(timed.requestId, timeout));
        }), timeout * 1000L, TimeUnit.MILLISECONDS);
        invocation.result.whenComplete((r, t) -> timer.cancel(false));
        return invocation;
    }

    @Override
    public void response(String requestId, byte[] body) {
        Invocation invocation = current;
        if (invocation != null && invocation.requestId.equals(requestId)) {
            invocation.succeed(body);
        }
    }

    @Override
    public void error(String requestId, byte[] body, String errorType) {
        Invocation invocation = current;
        if (invocation != null && invocation.requestId.equals(requestId)) {
            invocation.fail(body.length == 0 ? LambdaErrors.document(errorType == null ? "Unknown" : errorType, "") : body);
        }
    }

    @Override
    public void initError(byte[] body, String errorType) {
        initError = body.length == 0 ? LambdaErrors.document(errorType == null ? "Runtime.Unknown" : errorType, "") : body;
        ready.completeExceptionally(new IllegalStateException("init error"));
    }

    // ---- process lifecycle ----

    private void exited(int exitValue) {
        launcher.exited(process.pid());
        String description = LambdaErrors.exitDescription(exitValue);
        if (!stopping) {
            launcher.log(function.name(), "process " + process.pid() + " ended: " + description);
        }
        ready.completeExceptionally(new IllegalStateException(description));
        Invocation invocation = current;
        if (invocation != null && invocation != expired) {
            invocation.fail(initError != null ? initError : LambdaErrors.exited(invocation.requestId, description));
        }
        runtimeApi.close();
    }

    /** The process's peak resident memory (Lambda's "Max Memory Used"), from /proc where there is one. */
    private long peakRssMb() {
        try {
            for (String l : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + process.pid() + "/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    void kill() {
        stopping = true;
        process.destroyForcibly();
    }

    /** Stops the process gently (so the JVM can write its class-data-sharing archive), then forcibly. */
    @Override
    public void close() {
        stopping = true;
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        launcher.exited(process.pid()); // at once, not only from the asynchronous exit callback: the archive is in place on return
        runtimeApi.close();
    }

    private void pump(InputStream stream) {
        Thread.ofVirtual().name("lambda-log-" + function.name()).start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    launcher.log(function.name(), line);
                    Invocation invocation = current;
                    if (invocation != null) {
                        invocation.appendLog(line);
                    }
                }
            } catch (IOException ignored) {
                // the process is gone
            }
        });
    }
}
