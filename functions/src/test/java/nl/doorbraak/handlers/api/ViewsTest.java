package nl.doorbraak.handlers.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.Caller;
import nl.doorbraak.domain.Intervention;
import nl.doorbraak.domain.InterventionRequest;
import nl.doorbraak.domain.Json;
import nl.doorbraak.domain.Role;
import nl.doorbraak.store.InterventionRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewsTest {

    static final String BODY = """
            {"budgetId":"zm-2026","client":{"pseudonym":"VS-1","ageBand":"18-22"},
             "situation":{"type":"GELDEZEL","foundAt":"ONLINE","summary":"Bankpas afgestaan aan een ronselaar."},
             "urgency":"URGENT","measures":[{"category":"SCHULDEN","description":"Boete","amountCents":5000,"urgent":true}],
             "handover":{"organisation":"Wijkteam","dueInDays":7},"followUpDays":30,"consent":false}""";

    static InterventionRecord record() {
        Intervention i = Intervention.register("INT-1", "GM9999", "zm-1", Instant.parse("2026-03-01T10:00:00Z"),
                InterventionRequest.parse(Json.parse(BODY)));
        return InterventionRecord.created(i, "Anna", null);
    }

    @Test
    void financeAndAuditorsSeeNoPseudonymSummaryOrNotes() {
        Caller finance = new Caller("fi-1", "Eva", "GM9999", Set.of(Role.FINANCE, Role.AUDITOR));
        String view = Views.intervention(record(), finance, List.of()).toString();
        assertFalse(view.contains("VS-1") || view.contains("Bankpas"), view);
        assertFalse(Views.summary(record(), finance).toString().contains("Bankpas"));
        Caller zorgmarinier = new Caller("zm-2", "Bram", "GM9999", Set.of(Role.ZORGMARINIER));
        ObjectNode full = Views.intervention(record(), zorgmarinier, List.of());
        assertEquals("VS-1", full.at("/client/pseudonym").asText());
        assertEquals("Bankpas afgestaan aan een ronselaar.", full.at("/situation/summary").asText());
    }

    @Test
    void keyedIdsAreStablePerTenantUserAndKey() {
        String id = InterventionsApi.keyedId("GM9999", "zm-1", "k-1");
        assertEquals(id, InterventionsApi.keyedId("GM9999", "zm-1", "k-1"));
        assertNotEquals(id, InterventionsApi.keyedId("GM9999", "zm-2", "k-1"));
        assertNotEquals(id, InterventionsApi.keyedId("GM0363", "zm-1", "k-1"));
        assertTrue(id.matches("INT-K[2-9A-HJ-NP-Z]{10}"), id);
    }

    @Test
    void aFollowUpDraftKeepsWhoAndWhereButNotWhat() {
        ObjectNode draft = InterventionsApi.draft(record().intervention());
        assertEquals("VS-1", draft.at("/client/pseudonym").asText());
        assertEquals("", draft.at("/situation/summary").asText());
        assertEquals(0, draft.get("measures").size());
        assertEquals("Wijkteam", draft.at("/handover/organisation").asText());
    }
}
