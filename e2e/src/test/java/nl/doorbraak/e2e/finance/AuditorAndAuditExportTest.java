package nl.doorbraak.e2e.finance;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.Role;
import nl.doorbraak.e2e.api.Answer;
import nl.doorbraak.e2e.api.ApiStack;
import nl.doorbraak.e2e.api.Books;
import nl.doorbraak.e2e.api.Scenario;
import nl.doorbraak.e2e.api.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static nl.doorbraak.e2e.api.Scenario.regular;
import static nl.doorbraak.e2e.api.Scenario.urgent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auditor (read-only, everything of the tenant) and the audit export: a whole scenario — submission, mandate,
 * approval, payment evidence, correction, budget change, handover, follow-up — appears action by action, and no
 * pseudonym, situation summary or free text about the person is in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditorAndAuditExportTest {

    private static final String SUMMARY = "Aangetroffen bij station Zuid, wil weg uit netwerk.";
    private static final String APPROVAL_COMMENT = "Akkoord, gezien haar schulden bij de uitbuiter.";
    private static final String HANDOVER_NOTE = "Warme overdracht, zij slaapt tijdelijk bij tante.";
    private static final String FOLLOW_UP_NOTE = "Zij is stabiel en gaat weer naar school.";
    private static final String REVERSAL_REASON = "Zij kreeg de treinkaart ook via het wijkteam.";

    private ApiStack stack;
    private Scenario s;
    private Finance f;
    private String budget;
    private String intervention;
    private String pseudonym;
    private String task;

    @BeforeAll
    void start() {
        stack = Books.stack();
        s = new Scenario(stack);
        f = new Finance(s);
        budget = s.budget(1_000_000, 100_00, 500_000);
        f.books(budget);
        pseudonym = Scenario.pseudonym();
        String body = Scenario.request(budget, pseudonym, "URGENT", null, urgent(40_00), regular(250_00))
                .replace("Aangetroffen bij station, wil weg uit netwerk.", SUMMARY);
        Answer created = stack.call(s.zorgmarinier, "POST", "/api/interventions", body);
        assertEquals(201, created.status(), created::toString);
        intervention = created.json().get("interventionId").asText();
        s.awaitStatus(intervention, "AWAITING_APPROVAL");
        task = s.awaitTask(s.approver, intervention, "APPROVER");
        f.books(budget);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private String path(Endpoint e) {
        String p = e.path().replace("{budgetId}", budget).replace("{interventionId}", intervention)
                .replace("{taskId}", task).replace("{index}", "0")
                .replace("{entryId}", Finance.entryId(intervention, 0).replace("#", "%23"));
        return switch (e) {
            case EXPORT_LEDGER_CSV, LEDGER_SUMMARY -> p + "?budgetId=" + budget;
            default -> p;
        };
    }

    @Test
    void theAuditorReadsEverythingAndEveryWriteAnswers403() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : Endpoint.values()) {
            Answer a = stack.call(s.auditor, e.method(), path(e), "{}");
            boolean reads = e.roles().contains(Role.AUDITOR);
            int expected = reads ? 200 : 403;
            if (a.status() != expected) {
                wrong.add(e.routeKey() + " -> " + a);
            }
            if (!reads) {
                assertEquals("FORBIDDEN", a.errorCode(), e.routeKey());
            }
            assertTrue(e.method().equals("GET") == reads, "the auditor's rights are exactly the reads: " + e);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        JsonNode seen = stack.call(s.auditor, "GET", "/api/interventions/" + intervention, null).json();
        assertFalse(seen.toString().contains(pseudonym) || seen.toString().contains(SUMMARY),
                "the auditor does not need to know who: " + seen);
        assertEquals(404, stack.call(s.auditor.inTenant(User.OTHER_TENANT), "GET", "/api/budgets/" + budget, null).status());
        assertEquals(403, stack.call(s.finance, "GET", "/api/audit", null).status(), "the audit export is the auditor's");
        f.books(budget);
    }

    @Test
    void theAuditExportHoldsEveryActionOfAScenarioAndNoPersonalData() {
        assertEquals(201, f.pay(s.zorgmarinier, intervention, 0, "CONTANT", "CLIENT", 35_00, "KAS-1").status());
        f.books(budget);
        assertEquals(200, s.decide(s.approver, task, "APPROVE", APPROVAL_COMMENT).status());
        s.awaitStatus(intervention, "HANDOVER_PENDING");
        f.books(budget);
        assertEquals(201, f.reverse(s.finance, budget, Finance.entryId(intervention, 1), REVERSAL_REASON).status());
        f.books(budget);
        assertEquals(200, f.change(budget, "{\"allocatedCents\":1200000,\"reason\":\"Extra middelen uit de voorjaarsnota\"}").status());
        f.books(budget);
        Answer handover = stack.call(s.zorgmarinier, "POST", "/api/interventions/" + intervention + "/handover",
                "{\"organisation\":\"Wijkteam Noord\",\"note\":" + Scenario.quote(HANDOVER_NOTE) + "}");
        assertEquals(200, handover.status(), handover::toString);
        s.awaitStatus(intervention, "FOLLOW_UP");
        stack.advance(java.time.Duration.ofDays(15));
        Answer followUp = null;
        for (int i = 0; i < 200; i++) {
            followUp = stack.call(s.zorgmarinier, "POST", "/api/interventions/" + intervention + "/follow-up",
                    "{\"outcome\":\"STABIEL\",\"note\":" + Scenario.quote(FOLLOW_UP_NOTE) + "}");
            if (followUp.status() != 409) {
                break;
            }
            Scenario.pause(50);
        }
        assertEquals(200, followUp.status(), String.valueOf(followUp));
        s.awaitStatus(intervention, "CLOSED");
        f.books(budget);

        Answer json = stack.call(s.auditor, "GET", "/api/audit?format=json&from=" + Finance.today().minusDays(1)
                + "&to=" + Finance.today().plusYears(10), null);
        assertEquals(200, json.status(), json::toString);
        JsonNode entries = json.json().get("entries");
        Set<String> exported = new HashSet<>();
        for (JsonNode e : entries) {
            exported.add(e.get("at").asText() + " " + e.get("event").asText());
        }
        // every action the intervention's own timeline shows is in the export, at the same moment
        JsonNode timeline = s.intervention(intervention).get("timeline");
        assertTrue(timeline.size() >= 10, timeline::toString);
        for (JsonNode t : timeline) {
            assertTrue(exported.contains(t.get("at").asText() + " " + t.get("event").asText()),
                    "missing from the audit export: " + t);
        }
        Set<String> events = new HashSet<>();
        for (JsonNode e : entries) {
            if (intervention.equals(e.path("interventionId").asText(null)) || budget.equals(e.path("budgetId").asText(null))) {
                events.add(e.get("event").asText());
                assertFalse(e.path("actor").asText("").isEmpty(), "who: " + e);
            }
        }
        assertTrue(events.containsAll(List.of("BUDGET_CREATED", "REGISTERED", "MANDATE_DEBITED", "APPROVAL_REQUESTED",
                "APPROVED", "DEBITED", "FUNDED", "HANDOVER_PENDING", "PAYMENT_RECORDED", "LEDGER_REVERSED",
                "BUDGET_CHANGED", "HANDOVER_CONFIRMED", "FOLLOW_UP_RECORDED", "CLOSED")), events::toString);

        Answer csv = stack.call(s.auditor, "GET", "/api/audit?format=csv&from=" + Finance.today().minusDays(1)
                + "&to=" + Finance.today().plusYears(10), null);
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.body().startsWith("tijdstip,gebeurtenis,wie,naam,interventie,budget,detail,voor,na\r\n"), csv.body());
        for (JsonNode t : timeline) {
            assertTrue(csv.body().contains(t.get("at").asText() + "," + t.get("event").asText() + ","), "csv: " + t);
        }

        for (Answer export : List.of(json, csv)) {
            for (String personal : List.of(pseudonym, SUMMARY, APPROVAL_COMMENT, HANDOVER_NOTE, FOLLOW_UP_NOTE,
                    REVERSAL_REASON, "tante", "school")) {
                assertFalse(export.body().contains(personal), "personal data in the audit export: " + personal);
            }
        }
        Answer bad = stack.call(s.auditor, "GET", "/api/audit?format=xml", null);
        assertEquals(400, bad.status());
        assertEquals(400, stack.call(s.auditor, "GET", "/api/audit?from=gisteren", null).status());
    }
}
