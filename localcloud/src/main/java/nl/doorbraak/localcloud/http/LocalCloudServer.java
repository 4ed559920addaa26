package nl.doorbraak.localcloud.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;

/**
 * One HTTP port for every local service, as LocalStack does: {@code POST /} is routed by the {@code X-Amz-Target}
 * prefix to an {@link AwsJsonService}; anything else by the longest matching path prefix to a {@link PathHandler}.
 * Credentials and signatures are accepted without checking.
 */
public final class LocalCloudServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, AwsJsonService> byTarget = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Map.Entry<String, PathHandler>> byPath = new CopyOnWriteArrayList<>();

    public LocalCloudServer(String host, int port) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(host, port), 512);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
    }

    public LocalCloudServer register(AwsJsonService service) {
        byTarget.put(service.targetPrefix(), service);
        return this;
    }

    /** Routes every request whose path starts with {@code prefix} (longest prefix wins) to {@code handler}. */
    public LocalCloudServer route(String prefix, PathHandler handler) {
        byPath.add(Map.entry(prefix, handler));
        byPath.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
        return this;
    }

    public void start() { server.start(); }

    public int port() { return server.getAddress().getPort(); }

    public String url() { return "http://127.0.0.1:" + port(); }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (target != null && "POST".equals(exchange.getRequestMethod())) {
                handleTarget(exchange, target);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            for (Map.Entry<String, PathHandler> route : byPath) {
                if (path.startsWith(route.getKey())) {
                    route.getValue().handle(exchange);
                    return;
                }
            }
            sendJson(exchange, 404, "{\"message\":\"No local service answers " + jsonEscape(path) + "\"}", Map.of());
        } catch (RuntimeException e) {
            sendJson(exchange, 500, "{\"__type\":\"InternalFailure\",\"message\":\"" + jsonEscape(String.valueOf(e)) + "\"}", Map.of());
        } finally {
            exchange.close();
        }
    }

    private void handleTarget(HttpExchange exchange, String target) throws IOException {
        int dot = target.indexOf('.');
        String prefix = dot < 0 ? target : target.substring(0, dot);
        String operation = dot < 0 ? "" : target.substring(dot + 1);
        AwsJsonService service = byTarget.get(prefix);
        if (service == null) {
            sendJson(exchange, 400, "{\"__type\":\"UnknownOperationException\",\"message\":\"Unknown target " + jsonEscape(target) + "\"}", Map.of());
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        try {
            AwsResponse response = service.handle(operation, body);
            sendJson(exchange, response.status(), response.body(), response.headers());
        } catch (AwsServiceException e) {
            sendJson(exchange, e.status(), errorBody(e), Map.of());
        }
    }

    /** Renders an AWS JSON protocol error body: {@code {"__type": ns + type, "message": ...}} plus extra members. */
    public static String errorBody(AwsServiceException e) {
        StringBuilder sb = new StringBuilder("{\"__type\":\"")
                .append(jsonEscape(e.typeNamespace() == null ? e.type() : e.typeNamespace() + e.type())).append('"');
        if (e.getMessage() != null) {
            sb.append(",\"message\":\"").append(jsonEscape(e.getMessage())).append('"');
        }
        if (e.extraJson() != null && !e.extraJson().isEmpty()) {
            sb.append(',').append(e.extraJson());
        }
        return sb.append('}').toString();
    }

    public static void sendJson(HttpExchange exchange, int status, String json, Map<String, String> headers) throws IOException {
        sendJson(exchange, status, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Sends a JSON body with {@code x-amz-crc32} (as DynamoDB does) and a request id. */
    public static void sendJson(HttpExchange exchange, int status, byte[] body, Map<String, String> headers) throws IOException {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", "application/x-amz-json-1.0");
        CRC32 crc = new CRC32();
        crc.update(body);
        h.set("x-amz-crc32", Long.toString(crc.getValue()));
        h.set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
        headers.forEach(h::set);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
