package nl.doorbraak.localcloud.apigateway;

import com.sun.net.httpserver.HttpExchange;
import nl.doorbraak.localcloud.http.PathHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the web pages ({@code web/}) for GET and HEAD requests, as S3 behind CloudFront does on AWS: {@code /} is
 * {@code index.html}, unknown files answer 404, nothing outside the folder is reachable. Routed for every path the
 * HTTP API does not claim ({@code /api}, {@code /local}), so pages and API share one origin and need no CORS.
 */
public final class StaticFiles implements PathHandler {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;

    public StaticFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The {@code web/} folder of a Doorbraak checkout. */
    public static StaticFiles ofRepository(Path repositoryRoot) {
        return new StaticFiles(repositoryRoot.resolve("web"));
    }

    public Path root() { return root; }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes(), Map.of("Allow", "GET, HEAD"));
            return;
        }
        Path file = resolve(exchange.getRequestURI());
        if (file == null || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(), Map.of());
            return;
        }
        byte[] body = "HEAD".equals(method) ? new byte[0] : Files.readAllBytes(file);
        send(exchange, 200, typeOf(file), body, Map.of(
                "Cache-Control", "no-cache",
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer",
                "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                        + "connect-src 'self' https:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'"));
    }

    /** The file for a request path, or null when the path leaves the root. */
    Path resolve(URI uri) {
        String path = uri.getPath();
        if (path == null || path.isEmpty() || path.endsWith("/")) path = (path == null ? "/" : path) + "index.html";
        Path candidate = root.resolve(path.substring(1)).normalize();
        if (!candidate.startsWith(root)) return null;
        if (Files.isDirectory(candidate)) candidate = candidate.resolve("index.html");
        return candidate;
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, Map<String, String> headers) throws IOException {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        headers.forEach(h::set);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
