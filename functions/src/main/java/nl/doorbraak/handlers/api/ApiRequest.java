package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.domain.Caller;
import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.Json;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** An HTTP API (payload format 2.0) request as the handlers need it: the route, the caller, parameters, body. */
public record ApiRequest(String routeKey, Caller caller, Map<String, String> pathParameters,
                         Map<String, String> query, String body) {

    public static ApiRequest of(APIGatewayV2HTTPEvent event) {
        Map<String, String> claims = Map.of();
        var rc = event.getRequestContext();
        if (rc != null && rc.getAuthorizer() != null && rc.getAuthorizer().getJwt() != null
                && rc.getAuthorizer().getJwt().getClaims() != null) {
            claims = rc.getAuthorizer().getJwt().getClaims();
        }
        String body = event.getBody();
        if (body != null && event.getIsBase64Encoded()) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        String routeKey = event.getRouteKey() != null ? event.getRouteKey() : rc == null ? null : rc.getRouteKey();
        return new ApiRequest(routeKey, Caller.fromClaims(claims),
                event.getPathParameters() == null ? Map.of() : event.getPathParameters(),
                event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters(), body);
    }

    public Endpoint endpoint() {
        return Endpoint.forRouteKey(routeKey).orElseThrow(() -> ApiException.notFound("Deze route bestaat niet."));
    }

    public String path(String name) {
        return pathParameters.get(name);
    }

    public String query(String name) {
        String v = query.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    public JsonNode json() {
        return Json.parse(body);
    }

    /** 403 unless the caller holds a role the endpoint allows. */
    public void requireRole(Endpoint endpoint) {
        if (!endpoint.allows(caller)) {
            throw ApiException.forbidden(Endpoint.FORBIDDEN_MESSAGE);
        }
    }
}
