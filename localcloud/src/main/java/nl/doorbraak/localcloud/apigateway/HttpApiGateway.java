package nl.doorbraak.localcloud.apigateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import nl.doorbraak.localcloud.http.PathHandler;
import nl.doorbraak.localcloud.lambda.InvokeResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A local HTTP API (API Gateway v2): matches the route, runs its JWT authorizer (401 {@code {"message":"Unauthorized"}}
 * before any function runs), invokes the integration with a payload-2.0 event and maps the answer back.
 * Unmatched requests get 404 {@code {"message":"Not Found"}}.
 */
public final class HttpApiGateway implements PathHandler {
    private static final byte[] UNAUTHORIZED = "{\"message\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOT_FOUND = "{\"message\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);

    private final String apiId;
    private final String accountId;
    private final FunctionInvoker invoker;
    private final Clock wallClock;
    private final RouteTable routes = new RouteTable();
    private final Map<String, JwtAuthorizer> authorizers = new ConcurrentHashMap<>();

    public HttpApiGateway(String apiId, String accountId, FunctionInvoker invoker, Clock wallClock) {
        this.apiId = apiId;
        this.accountId = accountId;
        this.invoker = invoker;
        this.wallClock = wallClock;
    }

    /**
     * Installs an API definition. Locally there is no Cognito: every authorizer trusts the local signing keys and the
     * local issuer, keeping the template's audiences.
     */
    public void apply(HttpApiDefinition api, String localIssuer, Function<String, Optional<PublicKey>> keys) {
        for (HttpApiDefinition.Authorizer a : api.authorizers()) {
            authorizers.put(a.name(), new JwtAuthorizer(a.name(), localIssuer, a.audiences(),
                    a.identitySourceHeader() == null ? "authorization" : a.identitySourceHeader(), keys, wallClock));
        }
        routes.clear();
        for (HttpApiDefinition.Route r : api.routes()) {
            if (r.authorizer() != null && !authorizers.containsKey(r.authorizer())) {
                throw new IllegalArgumentException("Route " + r.routeKey() + " names an unknown authorizer " + r.authorizer());
            }
            routes.put(HttpRoute.of(r.routeKey(), r.function(), r.authorizer()));
        }
    }

    public void addAuthorizer(JwtAuthorizer authorizer) {
        authorizers.put(authorizer.name(), authorizer);
    }

    public void addRoute(HttpRoute route) {
        routes.put(route);
    }

    public RouteTable routes() {
        return routes;
    }

    public Collection<JwtAuthorizer> authorizers() {
        return authorizers.values();
    }

    public String apiId() {
        return apiId;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            PayloadV2.Request request = PayloadV2.Request.of(exchange, body);
            String requestId = UUID.randomUUID().toString();
            Optional<RouteMatch> match = routes.match(request.method(), request.rawPath());
            if (match.isEmpty()) {
                send(exchange, 404, Map.of("content-type", "application/json"), List.of(), NOT_FOUND, requestId);
                return;
            }
            JwtAuthorizer.Authorized auth = null;
            String authorizerName = match.get().route().authorizer();
            if (authorizerName != null) {
                JwtAuthorizer authorizer = authorizers.get(authorizerName);
                List<String> values = request.headers().get(authorizer.identitySourceHeader().toLowerCase(java.util.Locale.ROOT));
                Optional<JwtAuthorizer.Authorized> ok = authorizer.authorize(values == null || values.isEmpty() ? null : values.get(0));
                if (ok.isEmpty()) {
                    send(exchange, 401, Map.of("content-type", "application/json", "www-authenticate", "Bearer"),
                            List.of(), UNAUTHORIZED, requestId);
                    return;
                }
                auth = ok.get();
            }
            ObjectNode event = PayloadV2.event(request, match.get(), auth, apiId, accountId, requestId, wallClock.instant());
            ResponseMapping response;
            try {
                InvokeResult result = invoker.invoke(match.get().route().function(), event.toString().getBytes(StandardCharsets.UTF_8));
                response = ResponseMapping.of(result);
            } catch (RuntimeException e) {
                response = ResponseMapping.internalError();
            }
            send(exchange, response.status(), response.headers(), response.cookies(), response.body(), requestId);
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, List<String> cookies,
                             byte[] body, String requestId) throws IOException {
        var h = exchange.getResponseHeaders();
        headers.forEach(h::set);
        cookies.forEach(c -> h.add("set-cookie", c));
        h.set("apigw-requestid", requestId);
        boolean noBody = body.length == 0 || status == 204 || status == 304 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
