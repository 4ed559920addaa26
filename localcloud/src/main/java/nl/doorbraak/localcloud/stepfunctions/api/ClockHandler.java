package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import nl.doorbraak.localcloud.clock.EngineClock;
import nl.doorbraak.localcloud.http.LocalCloudServer;
import nl.doorbraak.localcloud.http.PathHandler;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * {@code POST /_localcloud/clock} with {@code {"advanceSeconds": N}} moves the engine clock forward (due timers fire
 * before the answer); {@code GET} reads it. Answers {@code {"now": ISO-8601, "offsetSeconds": n}}. Local only.
 */
public final class ClockHandler implements PathHandler {
    public static final String PATH = "/_localcloud/clock";
    private final EngineClock clock;

    public ClockHandler(EngineClock clock) {
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            JsonNode req;
            try {
                byte[] body = exchange.getRequestBody().readAllBytes();
                req = body.length == 0 ? Json.object() : Json.MAPPER.readTree(body);
            } catch (Exception e) {
                LocalCloudServer.sendJson(exchange, 400, "{\"message\":\"Body must be JSON like {\\\"advanceSeconds\\\": 60}\"}", Map.of());
                return;
            }
            double seconds = req.path("advanceSeconds").asDouble(0);
            if (seconds <= 0) {
                LocalCloudServer.sendJson(exchange, 400, "{\"message\":\"advanceSeconds must be a positive number\"}", Map.of());
                return;
            }
            clock.advance(Duration.ofMillis((long) (seconds * 1000)));
        } else if (!"GET".equals(exchange.getRequestMethod())) {
            LocalCloudServer.sendJson(exchange, 405, "{\"message\":\"Use POST or GET\"}", Map.of());
            return;
        }
        ObjectNode out = Json.object();
        out.put("now", clock.instant().toString());
        out.put("offsetSeconds", clock.offsetMillis() / 1000.0);
        LocalCloudServer.sendJson(exchange, 200, Json.write(out), Map.of());
    }
}
