package nl.doorbraak.localcloud.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The local Lambda service's engine (no HTTP in it): functions, their code, and a pool of function processes each.
 * The Invoke and function-management APIs ({@link LambdaApi}), the Step Functions Lambda seam and the HTTP API all
 * call it in-process.
 */
public final class LambdaService implements AutoCloseable {
    private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final LambdaSettings settings;
    private final Path workDir;
    private final boolean temporary;
    private final CodeStore code;
    private final FunctionStore store;
    private final WorkerLauncher launcher;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("lambda-timeouts").factory());
    private final ExecutorService async = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, FunctionPool> pools = new ConcurrentHashMap<>();

    public LambdaService(LambdaSettings settings) {
        this.settings = settings;
        try {
            this.temporary = settings.dataDir() == null;
            this.workDir = temporary ? Files.createTempDirectory("doorbraak-lambda-")
                    : Files.createDirectories(settings.dataDir().resolve("lambda"));
            this.code = new CodeStore(workDir.resolve("code"));
            this.store = new FunctionStore(workDir.resolve("functions"), code);
            this.launcher = new WorkerLauncher(settings, workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (LambdaFunction function : store.loadAll()) {
            pools.put(function.name(), newPool(function));
        }
    }

    public LambdaSettings settings() {
        return settings;
    }

    public String arn(String name) {
        return "arn:aws:lambda:" + settings.region() + ":" + settings.accountId() + ":function:" + name;
    }

    // ---- management ----

    public LambdaFunction createFunction(FunctionConfig config, byte[] zip) {
        return create(config, () -> code.store(zip));
    }

    /** Creates a function from an archive file (in-process deployers; same checks as the API). */
    public LambdaFunction createFunction(FunctionConfig config, Path archive) {
        return create(config, () -> code.store(archive));
    }

    public LambdaFunction updateFunctionCode(String nameOrArn, Path archive) {
        FunctionCode newCode = code.store(archive);
        return replace(nameOrArn, f -> new LambdaFunction(f.config(), newCode, now(), UUID.randomUUID().toString()));
    }

    private LambdaFunction create(FunctionConfig config, java.util.function.Supplier<FunctionCode> stored) {
        validateName(config.name());
        if (config.handler() == null || config.handler().isBlank()) {
            throw new LambdaException(400, "InvalidParameterValueException", "Handler is required for Zip package type");
        }
        if (pools.containsKey(config.name())) {
            throw new LambdaException(409, "ResourceConflictException", "Function already exist: " + config.name());
        }
        LambdaFunction function = new LambdaFunction(config, stored.get(), now(), UUID.randomUUID().toString());
        FunctionPool previous = pools.putIfAbsent(config.name(), newPool(function));
        if (previous != null) {
            throw new LambdaException(409, "ResourceConflictException", "Function already exist: " + config.name());
        }
        store.save(function);
        return function;
    }

    public LambdaFunction getFunction(String nameOrArn) {
        return pool(nameOrArn).function();
    }

    public List<LambdaFunction> listFunctions() {
        return pools.values().stream().map(FunctionPool::function)
                .sorted(Comparator.comparing(LambdaFunction::name)).toList();
    }

    public LambdaFunction updateFunctionCode(String nameOrArn, byte[] zip) {
        FunctionCode newCode = code.store(zip);
        return replace(nameOrArn, f -> new LambdaFunction(f.config(), newCode, now(), UUID.randomUUID().toString()));
    }

    public LambdaFunction updateFunctionConfiguration(String nameOrArn, UnaryOperator<FunctionConfig> change) {
        return replace(nameOrArn, f -> new LambdaFunction(change.apply(f.config()), f.code(), now(), UUID.randomUUID().toString()));
    }

    public void deleteFunction(String nameOrArn) {
        String name = resolveName(nameOrArn);
        FunctionPool pool = pools.remove(name);
        if (pool == null) {
            throw LambdaException.notFound(arn(name));
        }
        store.delete(name);
        pool.close();
    }

    private synchronized LambdaFunction replace(String nameOrArn, UnaryOperator<LambdaFunction> change) {
        FunctionPool old = pool(nameOrArn);
        LambdaFunction updated = change.apply(old.function());
        pools.put(updated.name(), newPool(updated));
        store.save(updated);
        old.close();
        return updated;
    }

    // ---- invocation ----

    public InvokeResult invoke(String nameOrArn, byte[] payload, InvocationType type) {
        return invoke(nameOrArn, payload, type, null);
    }

    /**
     * Invokes a function. {@code RequestResponse} waits for the outcome (a function error is a result with
     * {@code functionError}, not an exception); {@code Event} queues it and answers 202 at once; {@code DryRun} only
     * checks that the function exists (204).
     */
    public InvokeResult invoke(String nameOrArn, byte[] payload, InvocationType type, String clientContext) {
        FunctionPool pool = pool(nameOrArn);
        byte[] body = payload == null || payload.length == 0 ? "{}".getBytes() : payload;
        String requestId = UUID.randomUUID().toString();
        return switch (type) {
            case DRY_RUN -> new InvokeResult(204, new byte[0], null, requestId);
            case EVENT -> {
                async.submit(() -> {
                    InvokeResult result = run(pool.function().name(), requestId, body, clientContext);
                    if (result.failed()) {
                        launcher.log(pool.function().name(), "asynchronous invocation " + requestId + " failed: "
                                + errorType(result));
                    }
                });
                yield new InvokeResult(202, new byte[0], null, requestId);
            }
            case REQUEST_RESPONSE -> run(pool.function().name(), requestId, body, clientContext);
        };
    }

    private InvokeResult run(String name, String requestId, byte[] payload, String clientContext) {
        while (true) {
            FunctionPool pool = pool(name);
            Invocation invocation = new Invocation(requestId, payload, arn(name), clientContext, traceId());
            try {
                return pool.invoke(invocation);
            } catch (FunctionPool.Closed replaced) {
                // the function was updated while this request waited for a process: run it on the new version
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LambdaException(500, "ServiceException", "The invocation was interrupted");
            }
        }
    }

    /** Live process ids of a function (for tests and the bench command). */
    public List<Long> processIds(String nameOrArn) {
        return pool(nameOrArn).workers().stream().filter(FunctionWorker::alive).map(FunctionWorker::pid).toList();
    }

    /** Cold start (process start to first {@code /next}) of each live process, in milliseconds. */
    public List<Long> coldStarts(String nameOrArn) {
        return pool(nameOrArn).workers().stream().map(FunctionWorker::coldStartMillis).toList();
    }

    @Override
    public void close() {
        pools.values().parallelStream().forEach(FunctionPool::close);
        pools.clear();
        async.shutdownNow();
        timers.shutdownNow();
        if (temporary) {
            try (Stream<Path> walk = Files.walk(workDir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    // ---- helpers ----

    private FunctionPool newPool(LambdaFunction function) {
        return new FunctionPool(function, launcher, timers, settings.maxConcurrency(), settings.initTimeout());
    }

    private FunctionPool pool(String nameOrArn) {
        String name = resolveName(nameOrArn);
        FunctionPool pool = pools.get(name);
        if (pool == null) {
            throw LambdaException.notFound(arn(name));
        }
        return pool;
    }

    /**
     * Accepts a name, a full ARN ({@code arn:aws:lambda:region:account:function:name[:qualifier]}) or a partial one.
     * Locally there is one version per function: any qualifier (an alias such as {@code live}, a version number)
     * resolves to {@code $LATEST}.
     */
    String resolveName(String nameOrArn) {
        if (nameOrArn == null || nameOrArn.isEmpty()) {
            throw new LambdaException(400, "InvalidParameterValueException", "FunctionName is required");
        }
        String[] parts = nameOrArn.split(":");
        String name;
        String qualifier = null;
        if (parts.length >= 7 && parts[0].equals("arn")) {
            name = parts[6];
            qualifier = parts.length > 7 ? parts[7] : null;
        } else if (parts.length >= 3 && parts[1].equals("function")) {
            name = parts[2];
            qualifier = parts.length > 3 ? parts[3] : null;
        } else if (parts.length == 2) {
            name = parts[0];
            qualifier = parts[1];
        } else {
            name = nameOrArn;
        }
        if (qualifier != null && !qualifier.matches("\\$LATEST|[a-zA-Z0-9_-]{1,128}")) {
            throw LambdaException.notFound(arn(name) + ":" + qualifier);
        }
        // No versions locally: an alias or version qualifier (SAM's AutoPublishAlias "live") runs $LATEST.
        return name;
    }

    private static void validateName(String name) {
        if (name == null || !name.matches("[a-zA-Z0-9_-]{1,64}")) {
            throw new LambdaException(400, "InvalidParameterValueException",
                    "1 validation error detected: Value '" + name + "' at 'functionName' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?");
        }
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(LAST_MODIFIED);
    }

    private static String traceId() {
        byte[] random = new byte[12];
        ThreadLocalRandom.current().nextBytes(random);
        return "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + HexFormat.of().formatHex(random)
                + ";Sampled=0";
    }

    private static String errorType(InvokeResult result) {
        String text = result.payloadUtf8();
        int i = text.indexOf("\"errorType\"");
        if (i < 0) {
            return "unknown error";
        }
        int start = text.indexOf('"', text.indexOf(':', i) + 1) + 1;
        return text.substring(start, Math.max(start, text.indexOf('"', start)));
    }
}
