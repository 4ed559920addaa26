package nl.doorbraak.localcloud.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.localcloud.lambda.InvokeResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a function's answer into the HTTP response, as HTTP API does for payload format 2.0: an object with
 * {@code statusCode} gives status, {@code headers}, {@code cookies} and {@code body} (base64-decoded when
 * {@code isBase64Encoded}); any other valid JSON is the body of a 200 {@code application/json} response (the simple
 * response); a function error or unreadable answer is a 500 {@code {"message":"Internal Server Error"}}.
 */
record ResponseMapping(int status, Map<String, String> headers, List<String> cookies, byte[] body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String INTERNAL_ERROR = "{\"message\":\"Internal Server Error\"}";

    static ResponseMapping of(InvokeResult result) {
        if (result.failed()) {
            return internalError();
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(result.payload());
        } catch (IOException e) {
            return internalError();
        }
        if (answer == null || answer.isMissingNode()) {
            return internalError();
        }
        if (answer.isObject() && answer.has("statusCode")) {
            if (!answer.get("statusCode").canConvertToInt()) {
                return internalError();
            }
            Map<String, String> headers = new LinkedHashMap<>();
            answer.path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
            answer.path("multiValueHeaders").properties().forEach(e -> {
                List<String> values = new ArrayList<>();
                e.getValue().forEach(v -> values.add(v.asText()));
                headers.put(e.getKey(), String.join(",", values));
            });
            List<String> cookies = new ArrayList<>();
            answer.path("cookies").forEach(c -> cookies.add(c.asText()));
            JsonNode body = answer.get("body");
            byte[] bytes;
            if (body == null || body.isNull()) {
                bytes = new byte[0];
            } else if (answer.path("isBase64Encoded").asBoolean(false)) {
                bytes = Base64.getDecoder().decode(body.asText());
            } else {
                bytes = (body.isTextual() ? body.asText() : body.toString()).getBytes(StandardCharsets.UTF_8);
            }
            return new ResponseMapping(answer.get("statusCode").asInt(), headers, cookies, bytes);
        }
        return new ResponseMapping(200, Map.of("content-type", "application/json"), List.of(), result.payload());
    }

    static ResponseMapping internalError() {
        return new ResponseMapping(500, Map.of("content-type", "application/json"), List.of(),
                INTERNAL_ERROR.getBytes(StandardCharsets.UTF_8));
    }
}
