package nl.doorbraak.localcloud.apigateway;

import nl.doorbraak.localcloud.lambda.InvokeResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Route selection and response mapping, without processes. */
class RouteTableTest {

    private static RouteTable table() {
        RouteTable t = new RouteTable();
        t.put(HttpRoute.of("GET /api/interventions/{id}", "detail", null));
        t.put(HttpRoute.of("GET /api/interventions/mine", "mine", null));
        t.put(HttpRoute.of("ANY /api/interventions/{id}", "any", null));
        t.put(HttpRoute.of("POST /api/interventions/{id}/withdraw", "withdraw", null));
        t.put(HttpRoute.of("ANY /files/{proxy+}", "files", null));
        t.put(HttpRoute.of("$default", "fallback", null));
        return t;
    }

    private static String fn(String method, String path) {
        return table().match(method, path).map(m -> m.route().function()).orElse("none");
    }

    @Test
    void theMostSpecificRouteWins() {
        assertEquals("mine", fn("GET", "/api/interventions/mine"));
        assertEquals("detail", fn("GET", "/api/interventions/I-1"));
        assertEquals("any", fn("DELETE", "/api/interventions/I-1"));
        assertEquals("withdraw", fn("POST", "/api/interventions/I-1/withdraw"));
        assertEquals("files", fn("GET", "/files/a/b/c.txt"));
        assertEquals("fallback", fn("GET", "/api/interventions"));
        assertEquals("fallback", fn("GET", "/api/interventions/"));
        assertEquals(Map.of("proxy", "a/b/c.txt"), table().match("GET", "/files/a/b/c.txt").orElseThrow().pathParameters());
        assertEquals(Map.of("id", "I-1"), table().match("GET", "/api/interventions/I-1").orElseThrow().pathParameters());
    }

    @Test
    void withoutDefaultAnUnmatchedRequestHasNoRoute() {
        RouteTable t = new RouteTable();
        t.put(HttpRoute.of("GET /a", "a", null));
        assertTrue(t.match("GET", "/b").isEmpty());
        assertTrue(t.match("POST", "/a").isEmpty());
    }

    @Test
    void responsesAreMappedAsPayloadFormat2Describes() {
        ResponseMapping simple = ResponseMapping.of(result("{\"budgetId\":\"zm-2026\"}", null));
        assertEquals(200, simple.status());
        assertEquals("application/json", simple.headers().get("content-type"));
        assertEquals("{\"budgetId\":\"zm-2026\"}", new String(simple.body(), StandardCharsets.UTF_8));

        ResponseMapping explicit = ResponseMapping.of(result(
                "{\"statusCode\":409,\"headers\":{\"content-type\":\"application/json\"},\"body\":\"{\\\"error\\\":{}}\"}", null));
        assertEquals(409, explicit.status());
        assertEquals("{\"error\":{}}", new String(explicit.body(), StandardCharsets.UTF_8));

        ResponseMapping binary = ResponseMapping.of(result("{\"statusCode\":200,\"isBase64Encoded\":true,\"body\":\"AAEC\"}", null));
        assertArrayEquals(new byte[]{0, 1, 2}, binary.body());

        ResponseMapping failed = ResponseMapping.of(result("{\"errorType\":\"java.lang.RuntimeException\"}", "Unhandled"));
        assertEquals(500, failed.status());
        assertEquals("{\"message\":\"Internal Server Error\"}", new String(failed.body(), StandardCharsets.UTF_8));
        assertEquals(500, ResponseMapping.of(result("not json", null)).status());
    }

    private static InvokeResult result(String payload, String error) {
        return new InvokeResult(200, payload.getBytes(StandardCharsets.UTF_8), error, "req");
    }
}
