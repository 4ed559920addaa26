package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.http.AwsJsonService;
import nl.doorbraak.localcloud.http.AwsResponse;
import nl.doorbraak.localcloud.http.AwsServiceException;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Calls local services in-process through their wire adapters, e.g. {@code Map.of("dynamodb", dynamoDbService)}. */
public final class AwsJsonServiceCaller implements AwsSdkCaller {
    private final Map<String, AwsJsonService> services;

    public AwsJsonServiceCaller(Map<String, AwsJsonService> services) {
        this.services = Map.copyOf(services);
    }

    @Override
    public JsonNode call(String service, String action, JsonNode params) {
        AwsJsonService target = services.get(service.toLowerCase());
        if (target == null) return NONE.call(service, action, params);
        try {
            AwsResponse response = target.handle(action, Json.write(params).getBytes(StandardCharsets.UTF_8));
            String body = new String(response.body(), StandardCharsets.UTF_8);
            return body.isBlank() ? Json.object() : Json.parse(body);
        } catch (AwsServiceException e) {
            throw new StatesError(e.type(), e.getMessage() + " (Service: " + serviceLabel(service) + ", Status Code: "
                    + e.status() + ", Request ID: 00000000-0000-0000-0000-000000000000)");
        }
    }

    private static String serviceLabel(String service) {
        return "dynamodb".equalsIgnoreCase(service) ? "DynamoDb" : service;
    }
}
