package nl.doorbraak.e2e.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/** An HTTP answer: status, headers (lower-case names), body; JSON on demand. */
public record Answer(int status, Map<String, String> headers, String body) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON (" + status + "): " + body, e);
        }
    }

    public String errorCode() {
        return json().at("/error/code").asText(null);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
