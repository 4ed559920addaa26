package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Calls Task resources: Lambda (function ARN and lambda:invoke) and DynamoDB (optimized and AWS SDK). */
public final class TaskRunner {
    private final LambdaInvoker lambda;
    private final AwsSdkCaller sdk;

    public TaskRunner(LambdaInvoker lambda, AwsSdkCaller sdk) {
        this.lambda = lambda;
        this.sdk = sdk;
    }

    /** Runs the resource synchronously; returns its raw result (for waitForTaskToken: what the call returned). */
    public JsonNode call(TaskResource r, JsonNode params) {
        return switch (r.kind()) {
            case LAMBDA_FUNCTION -> parsePayload(invokeLambda(r.arn(), params).payload());
            case LAMBDA_INVOKE -> lambdaInvoke(params);
            case OPTIMIZED -> service(r, params, "DynamoDB.");
            case AWS_SDK -> service(r, params, "dynamodb".equals(r.service()) ? "DynamoDb." : pascal(r.service()) + ".");
            case UNSUPPORTED -> throw StatesError.runtime("The resource '" + r.arn() + "' is not supported by the local engine");
        };
    }

    private JsonNode lambdaInvoke(JsonNode params) {
        JsonNode fn = params == null ? null : params.get("FunctionName");
        if (fn == null || !fn.isTextual()) {
            throw StatesError.runtime("The field 'FunctionName' is required for resource arn:aws:states:::lambda:invoke");
        }
        JsonNode payload = params.has("Payload") ? params.get("Payload") : Json.object();
        LambdaInvoker.InvokeResult result = invokeLambda(fn.asText(), payload);
        String requestId = UUID.randomUUID().toString();
        ObjectNode out = Json.object();
        out.put("ExecutedVersion", result.executedVersion() == null ? "$LATEST" : result.executedVersion());
        out.set("Payload", parsePayload(result.payload()));
        ObjectNode http = out.putObject("SdkHttpMetadata");
        ObjectNode all = http.putObject("AllHttpHeaders");
        ObjectNode single = http.putObject("HttpHeaders");
        header(all, single, "X-Amz-Executed-Version", out.get("ExecutedVersion").asText());
        header(all, single, "x-amzn-Remapped-Content-Length", "0");
        header(all, single, "Connection", "keep-alive");
        header(all, single, "x-amzn-RequestId", requestId);
        header(all, single, "Content-Length", Integer.toString(result.payload() == null ? 0 : result.payload().length));
        header(all, single, "Content-Type", "application/json");
        http.put("HttpStatusCode", result.statusCode());
        out.putObject("SdkResponseMetadata").put("RequestId", requestId);
        out.put("StatusCode", result.statusCode());
        return out;
    }

    private static void header(ObjectNode all, ObjectNode single, String name, String value) {
        all.putArray(name).add(value);
        single.put(name, value);
    }

    private LambdaInvoker.InvokeResult invokeLambda(String function, JsonNode payload) {
        byte[] bytes = Json.write(payload == null ? Json.object() : payload).getBytes(StandardCharsets.UTF_8);
        LambdaInvoker.InvokeResult result;
        try {
            result = lambda.invoke(function, bytes);
        } catch (StatesError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StatesError("Lambda.ServiceException", "The local Lambda service failed: " + e.getMessage()
                    + " (Service: Lambda, Status Code: 500, Request ID: 00000000-0000-0000-0000-000000000000)");
        }
        if (result.functionError() != null) {
            String text = result.payload() == null ? "" : new String(result.payload(), StandardCharsets.UTF_8);
            String errorType = "Lambda.Unknown";
            try {
                JsonNode err = Json.parse(text);
                if (err.hasNonNull("errorType")) errorType = err.get("errorType").asText();
            } catch (IllegalArgumentException ignored) {
                // not JSON: keep Lambda.Unknown
            }
            throw new StatesError(errorType, text);
        }
        return result;
    }

    private JsonNode service(TaskResource r, JsonNode params, String errorPrefix) {
        try {
            return sdk.call(r.service(), r.operation(), params == null ? Json.object() : params);
        } catch (StatesError e) {
            if (e.error() != null && (e.error().startsWith("States.") || e.error().contains("."))) throw e;
            throw new StatesError(errorPrefix + e.error(), e.cause());
        } catch (RuntimeException e) {
            throw new StatesError(errorPrefix + "InternalServerErrorException", "The local " + r.service() + " service failed: " + e.getMessage());
        }
    }

    static JsonNode parsePayload(byte[] payload) {
        if (payload == null || payload.length == 0) return Json.NODES.nullNode();
        String text = new String(payload, StandardCharsets.UTF_8);
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            return Json.NODES.textNode(text);
        }
    }

    private static String pascal(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
