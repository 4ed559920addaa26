package nl.doorbraak.localcloud.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.clock.EngineClock;
import nl.doorbraak.localcloud.http.LocalCloudServer;
import nl.doorbraak.localcloud.lambda.FixtureJar;
import nl.doorbraak.localcloud.lambda.LambdaHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.Runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local HTTP API in front of a real function process: routes, payload 2.0, JWT authorizer, local token and clock. */
class HttpApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static LambdaHarness cloud;
    private static LocalCloudServer app;
    private static LocalKeys keys;
    private static EngineClock engineClock;
    private static String issuer;

    @BeforeAll
    static void start() throws Exception {
        cloud = new LambdaHarness(2);
        cloud.client.createFunction(b -> b.functionName("http-fn").runtime(Runtime.JAVA21).timeout(10).memorySize(256)
                .handler("nl.doorbraak.localcloud.lambda.fixture.HttpHandler::handleRequest")
                .role("arn:aws:iam::000000000000:role/test")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FixtureJar.bytes()))));
        app = new LocalCloudServer("127.0.0.1", 0);
        issuer = app.url() + "/local";
        keys = LocalKeys.generate();
        engineClock = EngineClock.system();
        HttpApiGateway gateway = new HttpApiGateway("local", "000000000000",
                FunctionInvoker.local(cloud.lambda), Clock.systemUTC());
        gateway.apply(new HttpApiDefinition("Api",
                List.of(new HttpApiDefinition.Authorizer("CognitoAuthorizer", "https://cognito.example/pool",
                        List.of("client-123"), "Authorization")),
                List.of(new HttpApiDefinition.Route("GET /echo/{id}", "http-fn", null),
                        new HttpApiDefinition.Route("POST /echo/upload", "http-fn", null),
                        new HttpApiDefinition.Route("GET /whoami", "http-fn", "CognitoAuthorizer"),
                        new HttpApiDefinition.Route("POST /api/items/{itemId}", "http-fn", "CognitoAuthorizer"))),
                issuer, keys::publicKey);
        LocalTokenIssuer tokens = new LocalTokenIssuer(keys, issuer, Clock.systemUTC());
        app.route(LocalModeEndpoints.PREFIX, new LocalModeEndpoints(tokens, LocalModeEndpoints.audienceOf(gateway),
                ClockControl.of(engineClock)));
        app.route("/", gateway);
        app.start();
    }

    @AfterAll
    static void stop() {
        app.close();
        cloud.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(app.url() + path)).timeout(Duration.ofSeconds(60));
    }

    private static String token(String body) throws Exception {
        HttpResponse<String> r = send(at("/local/token").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("token").asText();
    }

    @Test
    void aRouteReceivesThePayloadFormat2EventAndAPlainObjectBecomesAJsonResponse() throws Exception {
        HttpResponse<String> r = send(at("/echo/case%2042?x=1&x=2&y=z").header("X-Custom", "Waarde")
                .header("Cookie", "a=1; b=2").GET());

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("content-type").orElse(""));
        JsonNode event = JSON.readTree(r.body());
        assertEquals("2.0", event.get("version").asText());
        assertEquals("GET /echo/{id}", event.get("routeKey").asText());
        assertEquals("/echo/case%2042", event.get("rawPath").asText());
        assertEquals("x=1&x=2&y=z", event.get("rawQueryString").asText());
        assertEquals("1,2", event.at("/queryStringParameters/x").asText());
        assertEquals("z", event.at("/queryStringParameters/y").asText());
        assertEquals("case 42", event.at("/pathParameters/id").asText());
        assertEquals("Waarde", event.at("/headers/x-custom").asText());
        assertTrue(event.at("/headers/cookie").isMissingNode(), "cookies move out of the headers");
        assertEquals(List.of("a=1", "b=2"), List.of(event.at("/cookies/0").asText(), event.at("/cookies/1").asText()));
        assertEquals("GET", event.at("/requestContext/http/method").asText());
        assertEquals("$default", event.at("/requestContext/stage").asText());
        assertTrue(event.at("/requestContext/time").asText().matches("\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000"),
                event.at("/requestContext/time").asText());
        assertFalse(event.get("isBase64Encoded").asBoolean());
        assertTrue(event.at("/requestContext/authorizer").isMissingNode());
        assertTrue(event.at("/body").isMissingNode(), "no body, no body field");
    }

    @Test
    void aBinaryBodyArrivesBase64Encoded() throws Exception {
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        HttpResponse<String> r = send(at("/echo/upload").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode event = JSON.readTree(r.body());
        assertTrue(event.get("isBase64Encoded").asBoolean());
        assertEquals("AAEC/w==", event.get("body").asText());
        assertEquals("application/octet-stream", event.at("/headers/content-type").asText());
    }

    @Test
    void requestsWithoutAValidTokenAreRefusedBeforeAnyFunctionRuns() throws Exception {
        String valid = token("{\"sub\":\"user-1\",\"groups\":[\"zorgmarinier\"],\"tenant\":\"GM9999\"}");
        LocalKeys otherKey = LocalKeys.generate();
        LocalTokenIssuer stranger = new LocalTokenIssuer(otherKey, issuer, Clock.systemUTC());
        LocalTokenIssuer expired = new LocalTokenIssuer(keys, issuer,
                Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC));
        LocalTokenIssuer wrongIssuer = new LocalTokenIssuer(keys, "https://elsewhere.example", Clock.systemUTC());
        List<String> refused = List.of(
                "",
                "Bearer not-a-token",
                "Bearer " + valid.substring(0, valid.length() - 4) + "AAAA",
                "Bearer " + stranger.issue(stranger.claims("user-1", null, List.of(), "GM9999", "client-123")),
                "Bearer " + expired.issue(expired.claims("user-1", null, List.of(), "GM9999", "client-123")),
                "Bearer " + wrongIssuer.issue(wrongIssuer.claims("user-1", null, List.of(), "GM9999", "client-123")),
                "Bearer " + new LocalTokenIssuer(keys, issuer, Clock.systemUTC())
                        .issue(new LocalTokenIssuer(keys, issuer, Clock.systemUTC()).claims("user-1", null, List.of(), "GM9999", "other-client")));
        for (String authorization : refused) {
            HttpRequest.Builder request = at("/api/items/7").POST(HttpRequest.BodyPublishers.ofString("{}"));
            if (!authorization.isEmpty()) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> r = send(request);
            assertEquals(401, r.statusCode(), authorization);
            assertEquals("{\"message\":\"Unauthorized\"}", r.body());
        }

        HttpResponse<String> ok = send(at("/api/items/7").header("Authorization", "Bearer " + valid)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"n\":1}")));
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals("created for user-1", ok.body());
        assertEquals("POST /api/items/{itemId}", ok.headers().firstValue("x-route").orElse(""));
        assertEquals("text/plain", ok.headers().firstValue("content-type").orElse(""));
    }

    @Test
    void claimsArriveRenderedAsApiGatewayRendersThem() throws Exception {
        String token = token("{\"sub\":\"user-2\",\"name\":\"Demo Approver\",\"groups\":[\"approver\",\"finance\"],\"tenant\":\"GM9999\"}");
        HttpResponse<String> r = send(at("/whoami").header("Authorization", token).GET());

        assertEquals(200, r.statusCode(), r.body());
        JsonNode jwt = JSON.readTree(r.body()).at("/requestContext/authorizer/jwt");
        JsonNode claims = jwt.get("claims");
        assertEquals("[approver finance]", claims.get("cognito:groups").asText());
        assertEquals("GM9999", claims.get("custom:tenant").asText());
        assertEquals("Demo Approver", claims.get("name").asText());
        assertEquals("user-2", claims.get("sub").asText());
        assertEquals("client-123", claims.get("aud").asText());
        assertEquals("id", claims.get("token_use").asText());
        assertTrue(claims.get("exp").isTextual() && claims.get("exp").asText().matches("\\d{10}"), claims.toString());
        assertTrue(jwt.path("scopes").isNull() || jwt.path("scopes").isMissingNode(), "an ID token has no scopes");
    }

    @Test
    void anUnknownRouteIsNotFound() throws Exception {
        HttpResponse<String> r = send(at("/nowhere").GET());
        assertEquals(404, r.statusCode());
        assertEquals("{\"message\":\"Not Found\"}", r.body());
    }

    @Test
    void theLocalClockMovesTheEngineClockForwardOnly() throws Exception {
        Instant before = engineClock.instant();
        HttpResponse<String> r = send(at("/local/clock").POST(HttpRequest.BodyPublishers.ofString("{\"advanceSeconds\":86400}")));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Duration.between(before, engineClock.instant()).toSeconds() >= 86400);
        assertEquals(400, send(at("/local/clock").POST(HttpRequest.BodyPublishers.ofString("{\"advanceSeconds\":-5}"))).statusCode());
        JsonNode jwks = JSON.readTree(send(at("/local/.well-known/jwks.json").GET()).body());
        assertEquals(keys.kid(), jwks.at("/keys/0/kid").asText());
        assertEquals("RS256", jwks.at("/keys/0/alg").asText());
    }

    @Test
    void claimValuesAreStringsInGoNotation() {
        ObjectNode claims = JSON.createObjectNode();
        claims.put("exp", 1700000000L).put("email_verified", true).put("sub", "x");
        claims.putArray("cognito:groups").add("approver").add("finance");
        claims.putObject("address").put("zip", "1234").put("city", "Voorbeeldstad");
        var rendered = ClaimRenderer.render(claims);
        assertEquals("1700000000", rendered.get("exp"));
        assertEquals("true", rendered.get("email_verified"));
        assertEquals("[approver finance]", rendered.get("cognito:groups"));
        assertEquals("map[city:Voorbeeldstad zip:1234]", rendered.get("address"));
    }
}
