package nl.doorbraak.localcloud.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import nl.doorbraak.localcloud.http.PathHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lambda's REST-JSON wire protocol under {@code /2015-03-31/functions}: Invoke, CreateFunction, GetFunction,
 * GetFunctionConfiguration, UpdateFunctionCode, UpdateFunctionConfiguration, DeleteFunction and ListFunctions, so that
 * the unmodified AWS SDK {@code LambdaClient} (and the AWS CLI) work against it. Errors carry
 * {@code x-amzn-ErrorType} and {@code {"Type":"User","message":...}} as Lambda sends them.
 */
public final class LambdaApi implements PathHandler {
    public static final String PREFIX = "/2015-03-31/functions";
    /**
     * Lambda takes a {@code ZipFile} of up to 50 MB in CreateFunction/UpdateFunctionCode; base64 in JSON that is one
     * string of up to ~67 million characters, beyond Jackson's default limit of 20 million (a 16 MB jar is 21 million).
     */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxStringLength(70_000_000).build()).build());

    private final LambdaService lambda;

    public LambdaApi(LambdaService lambda) {
        this.lambda = lambda;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String rest = exchange.getRequestURI().getPath().substring(PREFIX.length());
        if (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        String[] parts = rest.isEmpty() ? new String[0] : rest.split("/");
        try {
            if (parts.length == 0 && method.equals("GET")) {
                listFunctions(exchange);
            } else if (parts.length == 0 && method.equals("POST")) {
                createFunction(exchange);
            } else if (parts.length == 1 && method.equals("GET")) {
                sendJson(exchange, 200, getFunction(lambda.getFunction(parts[0])));
            } else if (parts.length == 1 && method.equals("DELETE")) {
                lambda.deleteFunction(parts[0]);
                send(exchange, 204, new byte[0], Map.of());
            } else if (parts.length == 2 && parts[1].equals("invocations") && method.equals("POST")) {
                invoke(exchange, parts[0]);
            } else if (parts.length == 2 && parts[1].equals("configuration") && method.equals("GET")) {
                sendJson(exchange, 200, configuration(lambda.getFunction(parts[0])));
            } else if (parts.length == 2 && parts[1].equals("configuration") && method.equals("PUT")) {
                updateConfiguration(exchange, parts[0]);
            } else if (parts.length == 2 && parts[1].equals("code") && method.equals("PUT")) {
                JsonNode body = JSON.readTree(body(exchange));
                byte[] zip = zipFile(body);
                sendJson(exchange, 200, configuration(lambda.updateFunctionCode(parts[0], zip)));
            } else {
                throw new LambdaException(404, "UnknownOperationException", "Unknown operation " + method + " " + PREFIX + "/" + rest);
            }
        } catch (LambdaException e) {
            sendError(exchange, e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            sendError(exchange, new LambdaException(400, "InvalidRequestContentException", "Could not parse request body into json"));
        }
    }

    private void invoke(HttpExchange exchange, String name) throws IOException {
        var headers = exchange.getRequestHeaders();
        InvocationType type = InvocationType.fromWire(headers.getFirst("X-Amz-Invocation-Type"));
        String clientContext = headers.getFirst("X-Amz-Client-Context");
        if (clientContext != null && !clientContext.isEmpty()) {
            clientContext = new String(Base64.getDecoder().decode(clientContext), StandardCharsets.UTF_8);
        }
        String qualifier = query(exchange, "Qualifier");
        InvokeResult result = lambda.invoke(qualifier == null ? name : name + ":" + qualifier, body(exchange), type, clientContext);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("X-Amz-Executed-Version", "$LATEST");
        out.put("x-amzn-RequestId", result.requestId());
        if (result.functionError() != null) {
            out.put("X-Amz-Function-Error", result.functionError());
        }
        if ("Tail".equals(headers.getFirst("X-Amz-Log-Type")) && type == InvocationType.REQUEST_RESPONSE) {
            out.put("X-Amz-Log-Result", result.logTail() == null ? "" : result.logTail());
        }
        send(exchange, result.statusCode(), result.payload(), out);
    }

    private void createFunction(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(body(exchange));
        if (body.hasNonNull("PackageType") && !"Zip".equals(body.get("PackageType").asText())) {
            throw new LambdaException(400, "InvalidParameterValueException",
                    "The local Lambda service runs Zip (jar) functions only; container images need Docker");
        }
        FunctionConfig config = new FunctionConfig(text(body, "FunctionName"), text(body, "Handler"), text(body, "Runtime"),
                body.path("MemorySize").asInt(0), body.path("Timeout").asInt(0), environment(body),
                text(body, "Role"), text(body, "Description"), strings(body.get("Architectures")));
        if (config.runtime() != null && !config.runtime().startsWith("java")) {
            throw new LambdaException(400, "InvalidParameterValueException",
                    "The local Lambda service runs Java functions only (runtime " + config.runtime() + ")");
        }
        sendJson(exchange, 201, configuration(lambda.createFunction(config, zipFile(body))));
    }

    private void updateConfiguration(HttpExchange exchange, String name) throws IOException {
        JsonNode body = JSON.readTree(body(exchange));
        LambdaFunction updated = lambda.updateFunctionConfiguration(name, c -> new FunctionConfig(c.name(),
                body.has("Handler") ? text(body, "Handler") : c.handler(),
                body.has("Runtime") ? text(body, "Runtime") : c.runtime(),
                body.has("MemorySize") ? body.get("MemorySize").asInt() : c.memoryMb(),
                body.has("Timeout") ? body.get("Timeout").asInt() : c.timeoutSeconds(),
                body.has("Environment") ? environment(body) : c.environment(),
                body.has("Role") ? text(body, "Role") : c.role(),
                body.has("Description") ? text(body, "Description") : c.description(),
                c.architectures()));
        sendJson(exchange, 200, configuration(updated));
    }

    private void listFunctions(HttpExchange exchange) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode functions = out.putArray("Functions");
        lambda.listFunctions().forEach(f -> functions.add(configuration(f)));
        sendJson(exchange, 200, out);
    }

    private ObjectNode getFunction(LambdaFunction function) {
        ObjectNode out = JSON.createObjectNode();
        out.set("Configuration", configuration(function));
        out.putObject("Code").put("RepositoryType", "S3")
                .put("Location", function.code().archive().toUri().toString());
        out.putObject("Tags");
        return out;
    }

    /** Lambda's {@code FunctionConfiguration}. */
    ObjectNode configuration(LambdaFunction function) {
        FunctionConfig c = function.config();
        ObjectNode n = JSON.createObjectNode();
        n.put("FunctionName", c.name()).put("FunctionArn", lambda.arn(c.name())).put("Runtime", c.runtime())
                .put("Role", c.role() == null ? "arn:aws:iam::" + lambda.settings().accountId() + ":role/lambda-role" : c.role())
                .put("Handler", c.handler()).put("CodeSize", function.code().size()).put("Description", c.description())
                .put("Timeout", c.timeoutSeconds()).put("MemorySize", c.memoryMb()).put("LastModified", function.lastModified())
                .put("CodeSha256", function.code().sha256()).put("Version", "$LATEST");
        if (!c.environment().isEmpty()) {
            n.putObject("Environment").set("Variables", JSON.valueToTree(c.environment()));
        }
        n.putObject("TracingConfig").put("Mode", "PassThrough");
        n.put("RevisionId", function.revisionId()).put("State", "Active").put("LastUpdateStatus", "Successful")
                .put("PackageType", "Zip");
        n.set("Architectures", JSON.valueToTree(c.architectures()));
        n.putObject("EphemeralStorage").put("Size", 512);
        n.putObject("SnapStart").put("ApplyOn", "None").put("OptimizationStatus", "Off");
        n.putObject("LoggingConfig").put("LogFormat", "Text").put("LogGroup", "/aws/lambda/" + c.name());
        return n;
    }

    private static byte[] zipFile(JsonNode body) {
        JsonNode code = body.has("Code") ? body.get("Code") : body;
        if (code.hasNonNull("ZipFile")) {
            return Base64.getDecoder().decode(code.get("ZipFile").asText());
        }
        if (code.hasNonNull("S3Bucket") || code.hasNonNull("ImageUri")) {
            throw new LambdaException(400, "InvalidParameterValueException",
                    "The local Lambda service takes code as ZipFile only (there is no local S3)");
        }
        throw new LambdaException(400, "InvalidParameterValueException", "Please provide a source for function code.");
    }

    private static Map<String, String> environment(JsonNode body) {
        Map<String, String> env = new LinkedHashMap<>();
        body.path("Environment").path("Variables").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    private static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    private static void sendJson(HttpExchange exchange, int status, JsonNode node) throws IOException {
        send(exchange, status, JSON.writeValueAsBytes(node), Map.of());
    }

    private static void sendError(HttpExchange exchange, LambdaException e) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("Type", "User").put("message", e.getMessage());
        send(exchange, e.status(), JSON.writeValueAsBytes(body), Map.of("x-amzn-ErrorType", e.type()));
    }

    private static void send(HttpExchange exchange, int status, byte[] body, Map<String, String> headers) throws IOException {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", "application/json");
        h.set("x-amzn-RequestId", UUID.randomUUID().toString());
        headers.forEach(h::set);
        boolean empty = body.length == 0;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
