package nl.doorbraak.localcloud.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.http.AwsServiceException;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;

import java.math.BigDecimal;

/** Small helpers for the Step Functions JSON 1.0 wire shapes: required fields, timestamps, AWS errors. */
final class Wire {
    private Wire() {}

    static AwsServiceException error(String type, String message) {
        return new AwsServiceException(400, null, type, message);
    }

    static String required(JsonNode req, String field) throws AwsServiceException {
        JsonNode v = req.get(field);
        if (v == null || v.isNull() || !v.isTextual()) {
            throw error("ValidationException", "1 validation error detected: Value null at '" + field
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return v.asText();
    }

    static String optional(JsonNode req, String field) {
        JsonNode v = req.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Epoch seconds with milliseconds, as the JSON protocol sends timestamps. */
    static void time(ObjectNode o, String field, long millis) {
        o.put(field, BigDecimal.valueOf(millis, 3));
    }

    static ObjectNode object() { return Json.object(); }

    static void checkArn(String arn, String kind) throws AwsServiceException {
        if (arn == null || !arn.startsWith("arn:aws") || !arn.contains(":" + kind + ":")) {
            throw error("InvalidArn", "Invalid Arn: 'Resource type not valid in this context: " + arn + "'");
        }
    }
}
