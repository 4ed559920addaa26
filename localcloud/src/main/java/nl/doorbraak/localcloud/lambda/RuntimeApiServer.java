package nl.doorbraak.localcloud.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Our implementation of the Lambda Runtime API ({@code 2018-06-01}) for ONE function process, on its own ephemeral
 * loopback port (the process learns it from {@code AWS_LAMBDA_RUNTIME_API}). One port per process keeps routing
 * trivial: whatever arrives on this port belongs to this process.
 * <p>{@code /next} sends every header Lambda sends, empty ones included: the runtime interface client's native part
 * fails on a missing one.
 */
final class RuntimeApiServer implements AutoCloseable {
    static final String PREFIX = "/2018-06-01/runtime/";

    /** What the process asks of its sandbox. */
    interface Sandbox {
        /** Blocks until an invocation is due for this process; null when the process is being stopped. */
        Invocation next() throws InterruptedException;

        void response(String requestId, byte[] body);

        void error(String requestId, byte[] body, String errorType);

        void initError(byte[] body, String errorType);
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Sandbox sandbox;

    RuntimeApiServer(Sandbox sandbox) throws IOException {
        this.sandbox = sandbox;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(executor);
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API}: {@code host:port}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            if ("GET".equals(method) && path.equals("invocation/next")) {
                next(exchange);
            } else if ("POST".equals(method) && path.equals("init/error")) {
                sandbox.initError(body(exchange), exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"));
                accepted(exchange);
            } else if ("POST".equals(method) && path.startsWith("invocation/") && path.endsWith("/response")) {
                sandbox.response(requestId(path, "/response"), body(exchange));
                accepted(exchange);
            } else if ("POST".equals(method) && path.startsWith("invocation/") && path.endsWith("/error")) {
                sandbox.error(requestId(path, "/error"), body(exchange),
                        exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"));
                accepted(exchange);
            } else {
                send(exchange, 404, "{\"errorMessage\":\"Unknown Runtime API path\",\"errorType\":\"InvalidRequest\"}");
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        Invocation invocation;
        try {
            invocation = sandbox.next();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            invocation = null;
        }
        if (invocation == null) {
            send(exchange, 500, "{\"errorMessage\":\"The sandbox is shutting down\",\"errorType\":\"ServiceException\"}");
            return;
        }
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", "application/json");
        h.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId);
        h.set("Lambda-Runtime-Deadline-Ms", Long.toString(invocation.deadlineEpochMs));
        h.set("Lambda-Runtime-Invoked-Function-Arn", invocation.functionArn);
        h.set("Lambda-Runtime-Trace-Id", invocation.traceId);
        h.set("Lambda-Runtime-Client-Context", invocation.clientContext == null ? "" : invocation.clientContext);
        h.set("Lambda-Runtime-Cognito-Identity", "");
        byte[] payload = invocation.payload;
        exchange.sendResponseHeaders(200, payload.length == 0 ? -1 : payload.length);
        if (payload.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(payload);
            }
        }
    }

    private static String requestId(String path, String suffix) {
        return path.substring("invocation/".length(), path.length() - suffix.length());
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    private static void accepted(HttpExchange exchange) throws IOException {
        send(exchange, 202, "{\"status\":\"OK\"}");
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
