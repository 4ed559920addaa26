package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.Json;
import nl.doorbraak.domain.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiRequestTest {

    static APIGatewayV2HTTPEvent event(String routeKey, Map<String, String> claims, String body, boolean base64) {
        return APIGatewayV2HTTPEvent.builder().withRouteKey(routeKey).withBody(body).withIsBase64Encoded(base64)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRouteKey(routeKey)
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(claims).build()).build()).build()).build();
    }

    @Test
    void readsClaimsAsTheJwtAuthorizerRendersThem() {
        ApiRequest r = ApiRequest.of(event("GET /api/approvals", Map.of("sub", "u-1", "name", "Ayla Yilmaz",
                "cognito:groups", "[approver finance]", "custom:tenant", "GM0363"), null, false));
        assertEquals("u-1", r.caller().sub());
        assertEquals("GM0363", r.caller().tenant());
        assertEquals(Set.of(Role.APPROVER, Role.FINANCE), r.caller().roles());
        assertEquals(Endpoint.LIST_APPROVALS, r.endpoint());
    }

    @Test
    void decodesBase64Bodies() {
        String body = "{\"reason\":\"één\"}";
        ApiRequest r = ApiRequest.of(event("POST /api/interventions/{interventionId}/withdraw", Map.of(),
                Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)), true));
        assertEquals("één", r.json().get("reason").textValue());
    }

    @Test
    void callerWithoutRoleIsForbiddenInTheErrorShape() {
        ApiRequest r = ApiRequest.of(event("POST /api/budgets", Map.of("sub", "u-2", "cognito:groups", "[zorgmarinier]",
                "custom:tenant", "GM0363"), "{}", false));
        ApiException e = assertThrows(ApiException.class, () -> r.requireRole(Endpoint.CREATE_BUDGET));
        APIGatewayV2HTTPResponse response = Responses.error(e);
        assertEquals(403, response.getStatusCode());
        JsonNode json = Json.parse(response.getBody());
        assertEquals("FORBIDDEN", json.at("/error/code").textValue());
        assertEquals(Endpoint.FORBIDDEN_MESSAGE, json.at("/error/message").textValue());
        assertEquals(0, json.at("/error/fields").size());
    }
}
