package nl.doorbraak.e2e.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.localcloud.apigateway.ClockControl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * The endpoint's clock, where it offers one: our engine's {@code POST /_localcloud/clock} with
 * {@code {"advanceSeconds": N}} (timers, task timeouts and Wait states due by then fire before it answers).
 * LocalStack, Floci and AWS have no such thing; {@link #available()} says so and time-dependent scenarios skip.
 */
final class RemoteClock implements ClockControl {
    static final String PATH = "/_localcloud/clock";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI clock;
    private final boolean available;

    RemoteClock(URI endpoint) {
        this.clock = endpoint.resolve(PATH);
        this.available = probe();
    }

    boolean available() {
        return available;
    }

    private boolean probe() {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(clock).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && JSON.readTree(r.body()).hasNonNull("now");
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public Instant advance(Duration by) {
        return read(HttpRequest.newBuilder(clock).timeout(Duration.ofMinutes(2)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"advanceSeconds\":" + by.toSeconds() + "}")).build());
    }

    @Override
    public Instant now() {
        return read(HttpRequest.newBuilder(clock).timeout(Duration.ofSeconds(10)).GET().build());
    }

    private Instant read(HttpRequest request) {
        if (!available) {
            throw new IllegalStateException("the endpoint offers no clock at " + clock);
        }
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(r.body());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("clock at " + clock + " answered " + r.statusCode() + ": " + r.body());
            }
            return Instant.parse(body.path("now").asText());
        } catch (IOException e) {
            throw new IllegalStateException("clock at " + clock + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
