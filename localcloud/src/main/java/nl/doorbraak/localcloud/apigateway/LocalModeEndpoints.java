package nl.doorbraak.localcloud.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import nl.doorbraak.localcloud.http.PathHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Local mode only, under {@code /local/}: {@code POST /local/token} {@code {"sub","name","groups":[...],"tenant"}}
 * answers a signed ID token; {@code GET /local/.well-known/jwks.json} the public key; {@code POST /local/clock}
 * {@code {"advanceSeconds":N}} moves the engine clock forward (so a deadline or follow-up can be seen to fire).
 * Messages for people are in Dutch.
 */
public final class LocalModeEndpoints implements PathHandler {
    public static final String PREFIX = "/local/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalTokenIssuer issuer;
    private final Supplier<String> audience;
    private final ClockControl clock;

    /** {@code audience} is asked at each request: the deployed API's authorizer decides it. */
    public LocalModeEndpoints(LocalTokenIssuer issuer, Supplier<String> audience, ClockControl clock) {
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
    }

    /** The audience of the first authorizer of the gateway, or {@code local-client} when it has none. */
    public static Supplier<String> audienceOf(HttpApiGateway gateway) {
        return () -> gateway.authorizers().stream().flatMap(a -> a.audiences().stream()).findFirst().orElse("local-client");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/local/.well-known/jwks.json") && method.equals("GET")) {
                send(exchange, 200, issuer.keys().jwks());
            } else if (path.equals("/local/token") && method.equals("POST")) {
                token(exchange);
            } else if (path.equals("/local/clock") && method.equals("POST")) {
                advance(exchange);
            } else if (path.equals("/local/clock") && method.equals("GET")) {
                send(exchange, 200, JSON.createObjectNode().put("now", clock.now().toString()).toString());
            } else {
                send(exchange, 404, "{\"message\":\"Not Found\"}");
            }
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        JsonNode body = read(exchange);
        String sub = body == null ? null : body.path("sub").asText(null);
        if (sub == null || sub.isBlank()) {
            send(exchange, 400, error("Geef een gebruiker op: \"sub\" ontbreekt."));
            return;
        }
        List<String> groups = new ArrayList<>();
        body.path("groups").forEach(g -> groups.add(g.asText()));
        ObjectNode claims = issuer.claims(sub, body.path("name").asText(null), groups, body.path("tenant").asText(null),
                audience.get());
        String token = issuer.issue(claims);
        ObjectNode out = JSON.createObjectNode();
        out.put("token", token).put("idToken", token).put("tokenType", "Bearer")
                .put("expiresIn", LocalTokenIssuer.VALIDITY_SECONDS);
        out.set("claims", claims);
        send(exchange, 200, out.toString());
    }

    private void advance(HttpExchange exchange) throws IOException {
        JsonNode body = read(exchange);
        long seconds = body == null ? 0 : body.path("advanceSeconds").asLong(0);
        if (seconds <= 0) {
            send(exchange, 400, error("De klok gaat alleen vooruit: geef \"advanceSeconds\" groter dan 0."));
            return;
        }
        Instant now = clock.advance(Duration.ofSeconds(seconds));
        send(exchange, 200, JSON.createObjectNode().put("now", now.toString()).put("advancedSeconds", seconds).toString());
    }

    private static JsonNode read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readAllBytes();
            return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private static String error(String message) {
        return JSON.createObjectNode().put("message", message).toString();
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("content-type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
