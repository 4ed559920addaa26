package nl.doorbraak.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.doorbraak.domain.BudgetRequest;
import nl.doorbraak.domain.Caller;
import nl.doorbraak.domain.DecisionRequest;
import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.FollowUpRequest;
import nl.doorbraak.domain.HandoverRequest;
import nl.doorbraak.domain.InterventionRequest;
import nl.doorbraak.domain.Json;
import nl.doorbraak.domain.WithdrawRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static nl.doorbraak.template.Project.map;
import static nl.doorbraak.template.Project.ofType;
import static nl.doorbraak.template.Project.properties;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample events in {@code events/}: one folder per function, named by its logical id. */
class EventsTest {

    private static final Path EVENTS = Project.ROOT.resolve("events");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> T = Project.template();

    /** The domain parser each request body must pass, by route. */
    private static final nl.doorbraak.domain.Budget SAMPLE_BUDGET = nl.doorbraak.domain.Budget.create("zm-2026", "GM9999",
            "Zorgmariniers 2026", 2026, 25_000_000, 100_000, 1_000_000, "4711", "KP-ZM", nl.doorbraak.domain.ApprovalHours.DEFAULT);
    private static final Map<Endpoint, Consumer<JsonNode>> BODY_PARSERS = Map.of(
            Endpoint.CREATE_INTERVENTION, b -> InterventionRequest.parse(b, SAMPLE_BUDGET),
            Endpoint.CREATE_BUDGET, BudgetRequest::parse,
            Endpoint.CHANGE_BUDGET, b -> nl.doorbraak.domain.BudgetChangeRequest.parse(b, SAMPLE_BUDGET),
            Endpoint.REVERSE_LEDGER_ENTRY, nl.doorbraak.domain.ReversalRequest::parse,
            Endpoint.DECIDE_APPROVAL, DecisionRequest::parse,
            Endpoint.WITHDRAW_INTERVENTION, WithdrawRequest::parse,
            Endpoint.CONFIRM_HANDOVER, HandoverRequest::parse,
            Endpoint.RECORD_FOLLOW_UP, FollowUpRequest::parse,
            Endpoint.RECORD_PAYMENT, b -> nl.doorbraak.domain.PaymentRequest.parse(b, 5_500, java.time.Instant.parse("2026-11-29T00:00:00Z")));

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static JsonNode read(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new AssertionError(p + " is no valid JSON: " + e.getMessage());
        }
    }

    @Test
    void everyEventParses() throws IOException {
        List<Path> all = files(EVENTS);
        assertTrue(all.size() > 20, "events found: " + all.size());
        for (Path p : all) {
            assertTrue(read(p).isObject(), p.toString());
        }
    }

    @Test
    void everyFunctionHasSampleEventsAndEveryFolderIsAFunction() throws IOException {
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> s = Files.list(EVENTS)) {
            s.filter(Files::isDirectory).forEach(d -> folders.add(d.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(ofType(T, "AWS::Serverless::Function").keySet()), folders);
        for (String f : folders) {
            assertFalse(files(EVENTS.resolve(f)).isEmpty(), f);
        }
    }

    @Test
    void everyRouteHasOneHttpApiV2EventSentToItsFunctionByAnAllowedCaller() throws IOException {
        Map<String, String> eventByRoute = new TreeMap<>();
        for (var fn : ofType(T, "AWS::Serverless::Function").entrySet()) {
            Map<String, String> routes = new HashMap<>();
            map(properties(fn.getValue()).get("Events")).values().forEach(ev -> {
                Map<String, Object> p = properties(map(ev));
                routes.put(p.get("Method") + " " + p.get("Path"), (String) p.get("Path"));
            });
            if (routes.isEmpty()) {
                continue;
            }
            for (Path p : files(EVENTS.resolve(fn.getKey()))) {
                JsonNode e = read(p);
                String routeKey = e.get("routeKey").asText();
                assertEquals("2.0", e.get("version").asText(), p.toString());
                assertTrue(routes.containsKey(routeKey), p + ": " + routeKey + " is not a route of " + fn.getKey());
                assertEquals(routeKey, e.at("/requestContext/routeKey").asText());
                assertEquals("$default", e.at("/requestContext/stage").asText());
                assertEquals(routeKey.split(" ")[0], e.at("/requestContext/http/method").asText());
                assertEquals(fillIn(routes.get(routeKey), e.path("pathParameters")), e.get("rawPath").asText(), p.toString());
                assertEquals(e.get("rawPath").asText(), e.at("/requestContext/http/path").asText());
                JsonNode claims = e.at("/requestContext/authorizer/jwt/claims");
                claims.fields().forEachRemaining(c -> assertTrue(c.getValue().isTextual(), "API Gateway renders every claim as a string: " + c.getKey()));
                Map<String, Object> claimMap = JSON.convertValue(claims, Map.class);
                Caller caller = Caller.fromClaims(claimMap);
                Endpoint endpoint = Endpoint.forRouteKey(routeKey).orElseThrow();
                assertTrue(endpoint.allows(caller), p + ": " + caller.roles() + " may not call " + routeKey);
                assertEquals("GM9999", caller.tenant(), "fictional municipality only");
                assertFalse(e.get("isBase64Encoded").asBoolean());
                if (e.has("body")) {
                    JsonNode body = Json.parse(e.get("body").asText());
                    Consumer<JsonNode> parser = BODY_PARSERS.get(endpoint);
                    if (parser != null) {
                        assertDoesNotThrow(() -> parser.accept(body), p + " has a body the domain refuses");
                    }
                }
                if (!e.get("rawQueryString").asText().isEmpty()) {
                    String rebuilt = e.get("queryStringParameters").properties().stream()
                            .map(q -> q.getKey() + "=" + q.getValue().asText()).collect(Collectors.joining("&"));
                    assertEquals(e.get("rawQueryString").asText(), rebuilt);
                }
                assertEquals(null, eventByRoute.put(routeKey, p.toString()), "one event per route: " + routeKey);
            }
        }
        assertEquals(Stream.of(Endpoint.values()).map(Endpoint::routeKey).collect(Collectors.toCollection(TreeSet::new)), eventByRoute.keySet());
    }

    private static String fillIn(String path, JsonNode params) {
        String out = path;
        Set<String> names = new TreeSet<>();
        var m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        Set<String> given = new TreeSet<>();
        params.fieldNames().forEachRemaining(given::add);
        assertEquals(names, given, "pathParameters of " + path);
        for (String n : names) {
            out = out.replace("{" + n + "}", params.get(n).asText());
        }
        return out;
    }

    @Test
    void flowEventsAreExactlyWhatTheStateMachineSends() throws IOException {
        JsonNode asl = JSON.readTree(Project.ROOT.resolve("statemachines/intervention.asl.json").toFile());
        Map<String, List<Map<String, String>>> payloadsByFunction = new LinkedHashMap<>();
        asl.get("States").fields().forEachRemaining(s -> {
            JsonNode params = s.getValue().path("Parameters");
            String fn = params.path("FunctionName").asText("");
            if (!fn.isEmpty()) {
                Map<String, String> shape = new TreeMap<>();
                params.get("Payload").fields().forEachRemaining(f -> shape.put(f.getKey().replace(".$", ""),
                        f.getKey().endsWith(".$") ? "*" : f.getValue().asText()));
                payloadsByFunction.computeIfAbsent(fn.substring(2, fn.length() - "Arn}".length()), k -> new ArrayList<>()).add(shape);
            }
        });
        for (var e : payloadsByFunction.entrySet()) {
            Set<Map<String, String>> covered = new java.util.HashSet<>();
            for (Path p : files(EVENTS.resolve(e.getKey()))) {
                JsonNode ev = read(p);
                Map<String, String> match = e.getValue().stream().filter(shape -> fits(ev, shape))
                        .min(java.util.Comparator.comparingLong(shape -> shape.values().stream().filter("*"::equals).count()))
                        .orElse(null); // the most specific Payload the event fits
                assertNotNull(match, p + " matches no Payload the state machine sends to " + e.getKey());
                covered.add(match);
            }
            assertEquals(new java.util.HashSet<>(e.getValue()), covered, "a sample event for every call of " + e.getKey());
        }
    }

    private static boolean fits(JsonNode event, Map<String, String> shape) {
        Set<String> keys = new TreeSet<>();
        event.fieldNames().forEachRemaining(keys::add);
        if (!keys.equals(shape.keySet())) {
            return false;
        }
        return shape.entrySet().stream().allMatch(s -> s.getValue().equals("*") || s.getValue().equals(event.get(s.getKey()).asText()));
    }

    @Test
    void startExecutionInputCarriesWhatTheWorkflowReads() {
        JsonNode input = read(EVENTS.resolve("start-execution.json"));
        assertEquals(Set.of("interventionId", "tenant"), Set.copyOf(iterate(input)));
        assertTrue(input.get("interventionId").asText().matches("[A-Za-z0-9_-]{1,80}"), "usable as the execution name");
    }

    private static List<String> iterate(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
