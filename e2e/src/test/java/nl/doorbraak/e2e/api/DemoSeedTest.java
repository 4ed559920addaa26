package nl.doorbraak.e2e.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code demo/seed.json}, the data {@code ./doorbraak local --demo} sends through the API: Voorbeeldstad's budget
 * and interventions in different statuses, and the same result when it is sent a second time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeedTest {

    private ApiStack stack;
    private JsonNode seed;
    private final Map<String, User> users = new HashMap<>();

    @BeforeAll
    void start() throws IOException {
        seed = new ObjectMapper().readTree(Root.path().resolve("demo/seed.json").toFile());
        for (JsonNode u : seed.get("users")) {
            List<String> groups = new ArrayList<>();
            u.get("groups").forEach(g -> groups.add(g.asText()));
            users.put(u.get("sub").asText(), new User(u.get("sub").asText(), u.get("name").asText(), groups, u.get("tenant").asText()));
        }
        stack = Stacks.start();
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private List<Integer> send() {
        List<Integer> statuses = new ArrayList<>();
        for (JsonNode r : seed.get("requests")) {
            Answer a = stack.call(users.get(r.get("as").asText()), r.get("method").asText(), r.get("path").asText(),
                    r.has("body") ? r.get("body").toString() : null);
            statuses.add(a.status());
        }
        return statuses;
    }

    private boolean reached(Scenario s, Map<String, String> expected) {
        for (var e : expected.entrySet()) {
            Answer a = stack.call(users.get("zm-anna"), "GET", "/api/interventions/" + e.getKey(), null);
            if (a.status() != 200 || !a.json().get("status").asText().equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void seedsEveryStatusTheDemoShowsAndIsIdempotent() {
        Scenario s = new Scenario(stack);
        Map<String, String> expected = Map.of("INT-KK8MWEE4D32", "FOLLOW_UP", "INT-K8ER2RK99XU", "AWAITING_APPROVAL",
                "INT-KAPLZU2TCKF", "AWAITING_APPROVAL", "INT-KZCEG72SAPY", "HANDOVER_PENDING", "INT-K3TGAMQ9TC8", "REJECTED");
        // as ./doorbraak local --demo does on every start: send, and send again while a cold workflow catches up
        for (int round = 0; round < 5 && !reached(s, expected); round++) {
            List<Integer> statuses = send();
            assertTrue(statuses.stream().allMatch(st -> st < 500), statuses.toString());
            long until = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
            while (!reached(s, expected) && System.nanoTime() < until) {
                Scenario.pause(200);
            }
        }
        expected.forEach((id, status) -> assertEquals(status, s.intervention(id).get("status").asText(), id));
        assertEquals("EXECUTIVE", s.intervention("INT-KAPLZU2TCKF").at("/approval/level").asText());
        User finance = users.get("fi-eva");
        JsonNode budget = stack.call(finance, "GET", "/api/budgets/zm-2026", null).json();
        assertEquals(25_000_000, budget.get("allocatedCents").asLong());
        long available = budget.get("availableCents").asLong();
        assertEquals(25_000_000 - 215_00 - 300_00 - 800_00, available, "mandate parts of demo-1 and demo-2, demo-4 approved");

        List<Integer> second = send();
        assertTrue(second.stream().allMatch(st -> st < 500), second.toString());
        assertEquals(409, second.get(0), "the budget exists");
        expected.forEach((id, status) -> assertEquals(status, s.intervention(id).get("status").asText(), id));
        assertEquals(available, stack.call(finance, "GET", "/api/budgets/zm-2026", null).json().get("availableCents").asLong());
        assertEquals(5, stack.call(finance, "GET", "/api/interventions", null).json().get("interventions").size());
        assertTrue(stack.call(finance, "GET", "/api/exports/ledger-summary?budgetId=zm-2026", null).json()
                .get("reconciles").asBoolean());
    }
}
