package nl.doorbraak.handlers.api;

import nl.doorbraak.domain.LedgerBasis;
import nl.doorbraak.domain.MeasureCategory;
import nl.doorbraak.store.LedgerEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerCsvTest {

    static LedgerEntry entry(String description, long cents, Instant at, LedgerBasis basis) {
        return new LedgerEntry("GM9999", "zm-2026", "INT-1#00", at, 2026, "KP-100", "4711.20", "INT-1", 0,
                MeasureCategory.VERVOER, description, cents, basis, "Sanne de Vries", "INT-1/1");
    }

    @Test
    void dutchFormatHasBomSemicolonsDecimalCommaAndCrlf() {
        String csv = LedgerCsv.NL.render(List.of(entry("Treinkaart", 123456, Instant.parse("2026-03-01T10:00:00Z"),
                LedgerBasis.MANDAAT)));
        assertEquals('\uFEFF', csv.charAt(0));
        String[] lines = csv.substring(1).split("\r\n", -1);
        assertEquals("boekdatum;boekjaar;budget;kostenplaats;grootboekrekening;interventie;categorie;omschrijving;"
                + "bedrag;grondslag;goedgekeurd_door;referentie;betaalwijze;begunstigde;bonnummer", lines[0]);
        assertEquals("2026-03-01;2026;zm-2026;KP-100;4711.20;INT-1;VERVOER;Treinkaart;1234,56;MANDAAT;Sanne de Vries;INT-1/1;;;",
                lines[1]);
        assertEquals("", lines[2]);
        assertEquals(3, lines.length);
    }

    @Test
    void rfc4180FormatHasNoBomCommasAndDecimalPoint() {
        String csv = LedgerCsv.RFC4180.render(List.of(entry("Treinkaart", 5, Instant.parse("2026-03-01T10:00:00Z"),
                LedgerBasis.GOEDKEURING)));
        assertTrue(csv.startsWith("boekdatum,boekjaar,budget,"));
        assertTrue(csv.contains(",VERVOER,Treinkaart,0.05,GOEDKEURING,Sanne de Vries,INT-1/1,,,\r\n"), csv);
    }

    @Test
    void quotesSeparatorsQuotesAndNewlinesPerFormat() {
        String tricky = "Bed; ontbijt, \"spoed\"\nnacht";
        String nl = LedgerCsv.NL.render(List.of(entry(tricky, 100, Instant.parse("2026-03-01T10:00:00Z"), LedgerBasis.MANDAAT)));
        assertTrue(nl.contains(";\"Bed; ontbijt, \"\"spoed\"\"\nnacht\";1,00;"), nl);
        String rfc = LedgerCsv.RFC4180.render(List.of(entry(tricky, 100, Instant.parse("2026-03-01T10:00:00Z"), LedgerBasis.MANDAAT)));
        assertTrue(rfc.contains(",\"Bed; ontbijt, \"\"spoed\"\"\nnacht\",1.00,"), rfc);
        assertEquals("a,b", LedgerCsv.NL.quote("a,b"), "a comma needs no quotes where ; separates");
        assertEquals("\"a;b\"", LedgerCsv.NL.quote("a;b"));
        assertEquals("a;b", LedgerCsv.RFC4180.quote("a;b"));
        assertEquals("\"a,b\"", LedgerCsv.RFC4180.quote("a,b"));
        assertEquals("\"x\r\"", LedgerCsv.RFC4180.quote("x\r"));
    }

    @Test
    void bookingDateIsTheAmsterdamDate() {
        // 23:30 UTC on 31 March 2026 is already 1 April in Amsterdam (summer time, UTC+2)
        String summer = LedgerCsv.RFC4180.render(List.of(entry("x", 1, Instant.parse("2026-03-31T23:30:00Z"), LedgerBasis.MANDAAT)));
        assertTrue(summer.contains("\r\n2026-04-01,"), summer);
        // 22:59 UTC on 1 January is still 1 January (winter time, UTC+1); 23:00 UTC is 2 January
        String winterBefore = LedgerCsv.RFC4180.render(List.of(entry("x", 1, Instant.parse("2026-01-01T22:59:59Z"), LedgerBasis.MANDAAT)));
        assertTrue(winterBefore.contains("\r\n2026-01-01,"), winterBefore);
        String winterAfter = LedgerCsv.RFC4180.render(List.of(entry("x", 1, Instant.parse("2026-01-01T23:00:00Z"), LedgerBasis.MANDAAT)));
        assertTrue(winterAfter.contains("\r\n2026-01-02,"), winterAfter);
    }

    @Test
    void formatParameter() {
        assertEquals(LedgerCsv.NL, LedgerCsv.of(null));
        assertEquals(LedgerCsv.NL, LedgerCsv.of("nl"));
        assertEquals(LedgerCsv.RFC4180, LedgerCsv.of("rfc4180"));
        assertNull(LedgerCsv.of("xlsx"));
        assertFalse(LedgerCsv.RFC4180.render(List.of()).startsWith("\uFEFF"));
    }
}
