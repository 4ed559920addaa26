package nl.doorbraak.e2e.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ledger export in both formats, read back with an RFC 4180 parser; the summary reconciles. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerExportTest {

    static final String TRICKY = "Bed; ontbijt, en \"spoed\"\nnachtopvang";

    private ApiStack stack;
    private Scenario s;
    private String budget;
    private String id;
    private String pseudonym;

    @BeforeAll
    void start() {
        stack = Stacks.start();
        s = new Scenario(stack);
        budget = s.budget(25_000_000, 100_000, 1_000_000);
        pseudonym = Scenario.pseudonym();
        Answer a = stack.call(s.zorgmarinier, "POST", "/api/interventions", Scenario.request(budget, pseudonym, "ACUUT", null,
                new Scenario.M("ONDERDAK", TRICKY, 123_45, true), Scenario.urgent(500_00)));
        assertEquals(201, a.status(), a::toString);
        id = a.json().get("interventionId").asText();
        s.awaitStatus(id, "HANDOVER_PENDING");
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    static List<List<String>> parse(String csv, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.isEmpty(), "the file ends with CRLF");
        return rows;
    }

    private String bookingDate() {
        return stack.call(s.finance, "GET", "/api/budgets/" + budget + "/ledger", null).json()
                .get("entries").get(0).get("bookingDate").asText();
    }

    @Test
    void dutchFormatOpensRightInDutchExcel() {
        Answer a = stack.call(s.finance, "GET", "/api/exports/ledger.csv?budgetId=" + budget + "&format=nl", null);
        assertEquals(200, a.status(), a::toString);
        assertTrue(a.headers().get("content-type").startsWith("text/csv"), a.headers().toString());
        assertEquals('\uFEFF', a.body().charAt(0), "UTF-8 byte order mark");
        List<List<String>> rows = parse(a.body().substring(1), ';');
        assertEquals(List.of("boekdatum", "boekjaar", "budget", "kostenplaats", "grootboekrekening", "interventie",
                "categorie", "omschrijving", "bedrag", "grondslag", "goedgekeurd_door", "referentie", "betaalwijze",
                "begunstigde", "bonnummer"), rows.get(0));
        assertEquals(3, rows.size());
        List<String> first = rows.get(1);
        assertEquals(List.of(bookingDate(), "2026", budget, "KP-100", "4711.20", id, "ONDERDAK", TRICKY, "123,45",
                "MANDAAT", s.zorgmarinier.name(), id + "/1", "", "", ""), first);
        assertEquals("500,00", rows.get(2).get(8));
        assertTrue(a.body().contains(";\"Bed; ontbijt, en \"\"spoed\"\"\nnachtopvang\";"), "quoted as RFC 4180");
        assertFalse(a.body().contains(pseudonym) || a.body().contains("Aangetroffen"), "no pseudonym or summary");
    }

    @Test
    void rfc4180FormatUsesCommasAndADecimalPoint() {
        Answer a = stack.call(s.finance, "GET", "/api/exports/ledger.csv?budgetId=" + budget + "&format=rfc4180", null);
        assertEquals(200, a.status(), a::toString);
        assertTrue(a.body().startsWith("boekdatum,boekjaar,budget,"), "no BOM, comma separated");
        List<List<String>> rows = parse(a.body(), ',');
        assertEquals(15, rows.get(0).size());
        assertEquals(TRICKY, rows.get(1).get(7));
        assertEquals("123.45", rows.get(1).get(8));
        assertEquals("500.00", rows.get(2).get(8));
        assertFalse(a.body().contains(pseudonym));
    }

    @Test
    void datesAreInclusiveAndFormatsAreChecked() {
        LocalDate day = LocalDate.parse(bookingDate());
        String base = "/api/exports/ledger.csv?budgetId=" + budget + "&format=rfc4180";
        assertEquals(3, parse(stack.call(s.finance, "GET", base + "&from=" + day + "&to=" + day, null).body(), ',').size());
        assertEquals(1, parse(stack.call(s.finance, "GET", base + "&from=" + day.plusDays(1), null).body(), ',').size());
        assertEquals(1, parse(stack.call(s.finance, "GET", base + "&to=" + day.minusDays(1), null).body(), ',').size());
        Answer badFormat = stack.call(s.finance, "GET", "/api/exports/ledger.csv?budgetId=" + budget + "&format=xlsx", null);
        assertEquals(400, badFormat.status());
        assertEquals("VALIDATION_FAILED", badFormat.errorCode());
        assertTrue(badFormat.json().at("/error/fields/format").isTextual());
        assertEquals(400, stack.call(s.finance, "GET", base + "&from=gisteren", null).status());
        assertEquals(404, stack.call(s.finance, "GET", "/api/exports/ledger.csv?budgetId=bestaat-niet", null).status());
        assertEquals(403, stack.call(s.zorgmarinier, "GET", base, null).status());
    }

    @Test
    void summaryReconcilesToTheCent() {
        JsonNode summary = s.summary(budget);
        assertEquals(25_000_000, summary.get("allocatedCents").asLong());
        assertEquals(623_45, summary.get("debitedCents").asLong());
        assertEquals(25_000_000 - 623_45, summary.get("availableCents").asLong());
        assertEquals(2, summary.get("entries").asInt());
        assertTrue(summary.get("reconciles").asBoolean());
    }
}
