package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.Json;

import java.util.Map;

/** HTTP API responses: JSON, CSV, and the error shape. */
public final class Responses {

    private Responses() {
    }

    public static APIGatewayV2HTTPResponse json(int status, JsonNode body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status)
                .withHeaders(Map.of("Content-Type", "application/json; charset=utf-8", "Cache-Control", "no-store"))
                .withBody(body.toString()).build();
    }

    public static APIGatewayV2HTTPResponse csv(String filename, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "text/csv; charset=utf-8", "Cache-Control", "no-store",
                        "Content-Disposition", "attachment; filename=\"" + filename + "\""))
                .withBody(body).build();
    }

    public static APIGatewayV2HTTPResponse error(ApiException e) {
        ObjectNode root = Json.mapper().createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", e.code());
        error.put("message", e.getMessage());
        ObjectNode fields = error.putObject("fields");
        e.fields().forEach(fields::put);
        return json(e.status(), root);
    }
}
