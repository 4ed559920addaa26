package nl.doorbraak.localcloud.apigateway;

import nl.doorbraak.localcloud.http.LocalCloudServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages are served beside the API: index for folders, types by extension, 404 outside the folder, GET/HEAD only. */
class StaticFilesTest {
    @TempDir Path dir;
    private LocalCloudServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        Path web = Files.createDirectories(dir.resolve("web/js"));
        Files.writeString(dir.resolve("web/index.html"), "<!doctype html><title>Inloggen</title>");
        Files.writeString(dir.resolve("web/js/app.js"), "export const x = 1;");
        Files.writeString(dir.resolve("secret.txt"), "outside the web folder");
        server = new LocalCloudServer("127.0.0.1", 0);
        server.route("/api/", exchange -> LocalCloudServer.sendJson(exchange, 200, "{\"api\":true}", java.util.Map.of()));
        server.route("/", StaticFiles.ofRepository(dir));
        server.start();
        assertTrue(Files.isDirectory(web));
    }

    @AfterEach
    void stop() { server.close(); }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRootServesTheLoginPageAndModulesAreJavaScript() throws Exception {
        HttpResponse<String> root = get("/");
        assertEquals(200, root.statusCode());
        assertTrue(root.body().contains("Inloggen"));
        assertEquals("text/html; charset=utf-8", root.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> module = get("/js/app.js");
        assertEquals("text/javascript; charset=utf-8", module.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", module.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void theApiKeepsItsOwnPrefix() throws Exception {
        assertEquals("{\"api\":true}", get("/api/budgets").body());
    }

    @Test
    void nothingOutsideTheWebFolderIsReachable() throws Exception {
        assertEquals(404, get("/missing.html").statusCode());
        assertEquals(404, get("/%2e%2e/secret.txt").statusCode());
        // A raw request line, as a client that does not normalise paths would send it.
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write("GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(answer.contains("outside the web folder"), answer);
        }
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/index.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/index.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }
}
