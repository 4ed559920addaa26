package nl.doorbraak.e2e.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The steps scenarios are told in: a budget, a request, waiting for a status, a decision. */
public final class Scenario {

    private static final AtomicInteger SEQ = new AtomicInteger();

    public final ApiStack stack;
    public final User zorgmarinier = User.zorgmarinier("zm-anna");
    public final User colleague = User.zorgmarinier("zm-bram");
    public final User approver = User.approver("ap-carla");
    public final User executive = User.executive("ex-dirk");
    public final User finance = User.finance("fi-eva");
    public final User auditor = User.auditor("au-fatima");

    public Scenario(ApiStack stack) {
        this.stack = stack;
    }

    /** A fresh budget id, so scenarios on one stack do not share money. */
    public static String budgetId() {
        return "zm-test-" + SEQ.incrementAndGet();
    }

    /** Creates a budget: allocated, mandate and approver limit in cents; ACUUT 4 h, URGENT 24 h, REGULIER 72 h. */
    public String budget(long allocated, long mandate, long approverLimit) {
        String id = budgetId();
        Answer a = stack.call(finance, "POST", "/api/budgets", """
                {"budgetId":"%s","name":"Zorgmariniers 2026","year":2026,"allocatedCents":%d,"mandateLimitCents":%d,
                 "approverLimitCents":%d,"ledgerAccount":"4711.20","costCenter":"KP-100"}""".formatted(id, allocated, mandate, approverLimit));
        assertEquals(201, a.status(), a::toString);
        return id;
    }

    /** A measure: category, description, cents, urgent. */
    public record M(String category, String description, long cents, boolean urgent) {
        String json() {
            return "{\"category\":\"%s\",\"description\":%s,\"amountCents\":%d,\"urgent\":%s}"
                    .formatted(category, quote(description), cents, urgent);
        }
    }

    public static M urgent(long cents) {
        return new M("VERVOER", "Treinkaart naar opvang", cents, true);
    }

    public static M regular(long cents) {
        return new M("ONDERDAK", "Twee weken kamerhuur", cents, false);
    }

    public static String request(String budgetId, String pseudonym, String urgency, String idempotencyKey, M... measures) {
        StringBuilder ms = new StringBuilder();
        for (M m : measures) {
            ms.append(ms.isEmpty() ? "" : ",").append(m.json());
        }
        return """
                {%s"budgetId":"%s","client":{"pseudonym":"%s","ageBand":"18-22"},
                 "situation":{"type":"CRIMINELE_UITBUITING","foundAt":"HOTSPOT","summary":"Aangetroffen bij station, wil weg uit netwerk."},
                 "urgency":"%s","measures":[%s],"handover":{"organisation":"Wijkteam Noord","dueInDays":7},
                 "followUpDays":14,"consent":true}""".formatted(
                idempotencyKey == null ? "" : "\"idempotencyKey\":\"" + idempotencyKey + "\",", budgetId, pseudonym,
                urgency, ms);
    }

    public static String pseudonym() {
        return "P-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT) + SEQ.incrementAndGet();
    }

    /** Submits as the zorgmarinier; returns the intervention id. */
    public String submit(String budgetId, String urgency, M... measures) {
        Answer a = stack.call(zorgmarinier, "POST", "/api/interventions", request(budgetId, pseudonym(), urgency, null, measures));
        assertEquals(201, a.status(), a::toString);
        return a.json().get("interventionId").asText();
    }

    public JsonNode intervention(String id) {
        Answer a = stack.call(zorgmarinier, "GET", "/api/interventions/" + id, null);
        assertEquals(200, a.status(), a::toString);
        return a.json();
    }

    /** Waits until the intervention reaches one of {@code statuses}; fails after the stack's patience with the last view. */
    public JsonNode awaitStatus(String id, String... statuses) {
        return awaitStatus(id, stack.patience(), statuses);
    }

    /** As {@link #awaitStatus(String, String...)} with a given patience. */
    public JsonNode awaitStatus(String id, Duration patience, String... statuses) {
        Set<String> wanted = Set.of(statuses);
        long until = System.nanoTime() + patience.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < until) {
            last = intervention(id);
            if (wanted.contains(last.get("status").asText())) {
                return last;
            }
            pause(50);
        }
        String history = stack.history(id);
        throw new AssertionError("intervention " + id + " did not reach " + wanted + "; last: " + last + "\n" + history);
    }

    /** Waits until an approval task for {@code id} is in the inbox of {@code user}; returns its task id. */
    public String awaitTask(User user, String id, String level) {
        long until = System.nanoTime() + stack.patience().toNanos();
        while (System.nanoTime() < until) {
            for (JsonNode t : stack.call(user, "GET", "/api/approvals", null).json().get("approvals")) {
                if (t.get("interventionId").asText().equals(id) && t.get("level").asText().equals(level)) {
                    return t.get("taskId").asText();
                }
            }
            pause(50);
        }
        throw new AssertionError("no " + level + " task for " + id + " in the inbox of " + user.sub());
    }

    public Answer decide(User user, String taskId, String decision, String comment) {
        return stack.call(user, "POST", "/api/approvals/" + taskId + "/decision",
                "{\"decision\":\"" + decision + "\"" + (comment == null ? "" : ",\"comment\":" + quote(comment)) + "}");
    }

    public JsonNode budgetView(String budgetId) {
        Answer a = stack.call(finance, "GET", "/api/budgets/" + budgetId, null);
        assertEquals(200, a.status(), a::toString);
        return a.json();
    }

    public JsonNode summary(String budgetId) {
        Answer a = stack.call(finance, "GET", "/api/exports/ledger-summary?budgetId=" + budgetId, null);
        assertEquals(200, a.status(), a::toString);
        return a.json();
    }

    public List<String> decisions(JsonNode intervention) {
        return java.util.stream.StreamSupport.stream(intervention.get("measures").spliterator(), false)
                .map(m -> m.get("decision").asText()).toList();
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
