package nl.doorbraak.handlers.api;

import nl.doorbraak.store.AuditEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure parts of the finance routes: audit rows and their CSV, entry ids from the path, measure indexes. */
class FinanceRoutesTest {

    static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aBudgetEntryNamesTheBudgetAndReadsBeforeAndAfter() {
        AuditEntry e = new AuditEntry("GM9999", AuditEntry.budgetSubject("GM9999", "zm-2026"), AT, "BUDGET_CHANGED",
                "fi-eva", "Controller Eva", "{\"before\":{\"allocatedCents\":100},\"after\":{\"allocatedCents\":200}}", null);
        AuditExport.Row row = AuditExport.Row.of(e);
        assertEquals("zm-2026", row.budgetId());
        assertNull(row.interventionId());
        assertEquals(100, row.detailJson().at("/before/allocatedCents").asLong());
        String csv = AuditExport.csv(List.of(row));
        assertTrue(csv.startsWith(String.join(",", AuditExport.CSV_HEADER) + "\r\n"), csv);
        assertTrue(csv.contains(",\"{\"\"allocatedCents\"\":100}\",\"{\"\"allocatedCents\"\":200}\"\r\n"), csv);
    }

    @Test
    void anInterventionEntryNamesTheInterventionAndKeepsAPlainDetail() {
        AuditEntry e = AuditEntry.forIntervention("GM9999", "INT-1", AT, "APPROVED", "ap-carla", "Topambtenaar, Carla",
                "APPROVER");
        AuditExport.Row row = AuditExport.Row.of(e);
        assertEquals("INT-1", row.interventionId());
        assertNull(row.budgetId());
        assertNull(row.detailJson());
        assertEquals("2026-03-01T10:00:00.000Z,APPROVED,ap-carla,\"Topambtenaar, Carla\",INT-1,,APPROVER,,\r\n",
                AuditExport.csv(List.of(row)).split("\r\n", 2)[1]);
        AuditEntry written = new AuditEntry("GM9999", AuditEntry.interventionSubject("GM9999", "INT-2"), AT,
                "DEADLINE_PASSED", "system", null, "{not json", null);
        assertEquals("INT-2", AuditExport.Row.of(written).interventionId(), "from the subject when not stored apart");
        assertNull(AuditExport.Row.of(written).detailJson());
    }

    @Test
    void entryIdsArriveEncodedOrDecoded() {
        assertEquals("INT-1#M00", BudgetFinanceRoutes.entryId("INT-1%23M00"));
        assertEquals("INT-1#M00", BudgetFinanceRoutes.entryId("INT-1#M00"));
        assertEquals("", BudgetFinanceRoutes.entryId(null));
    }

    @Test
    void aMeasureIndexOutsideTheInterventionIsNotFound() {
        assertEquals(0, PaymentRoutes.index("0", 2));
        assertEquals(1, PaymentRoutes.index("1", 2));
        for (String bad : new String[] {"2", "-1", "x", "", null, "1.0"}) {
            ApiException e = assertThrows(ApiException.class, () -> PaymentRoutes.index(bad, 2), String.valueOf(bad));
            assertEquals(404, e.status());
        }
    }
}
