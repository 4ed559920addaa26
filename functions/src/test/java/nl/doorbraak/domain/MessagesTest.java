package nl.doorbraak.domain;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each validation message, spelled out once more so a change to a message is a deliberate change, and a check that
 * no message in {@link Messages} escapes this list.
 */
class MessagesTest {

    private static final Map<String, String> CONSTANTS = Map.ofEntries(
            entry("NOT_JSON", "Het verzoek is geen geldige JSON."),
            entry("BODY_NOT_OBJECT", "Het verzoek moet een JSON-object zijn."),
            entry("REQUIRED", "Dit veld is verplicht."),
            entry("UNKNOWN_FIELD", "Onbekend veld; laat het weg."),
            entry("NOT_OBJECT", "Moet een object zijn."),
            entry("NOT_ARRAY", "Moet een lijst zijn."),
            entry("NOT_TEXT", "Moet tekst zijn."),
            entry("BLANK", "Mag niet leeg zijn."),
            entry("NOT_INTEGER", "Moet een geheel getal zijn."),
            entry("NOT_BOOLEAN", "Moet true of false zijn."),
            entry("AMOUNT_NOT_POSITIVE", "Het bedrag moet groter zijn dan € 0,00."),
            entry("AMOUNT_NEGATIVE", "Het bedrag mag niet negatief zijn."),
            entry("PSEUDONYM", "Gebruik een pseudoniem van 3 tot 40 letters, cijfers of streepjes; nooit een naam."),
            entry("IDENTIFIER", "Gebruik 1 tot 64 letters, cijfers, punten, streepjes of liggende streepjes."),
            entry("IDEMPOTENCY_KEY", "Gebruik 1 tot 100 letters, cijfers, punten, dubbele punten, streepjes of liggende streepjes."),
            entry("FINANCE_CODE", "Gebruik 1 tot 20 letters, cijfers, punten of streepjes."),
            entry("COMMENT_REQUIRED_TO_REJECT", "Geef een toelichting bij een afwijzing."),
            entry("MANDATE_ABOVE_ALLOCATION", "Het mandaat mag niet hoger zijn dan het toegewezen budget."),
            entry("NOT_A_MOMENT", "Moet een tijdstip zijn zoals 2026-11-28T23:40:00Z."),
            entry("IN_THE_FUTURE", "Mag niet in de toekomst liggen."),
            entry("NO_CHANGE", "Geef minstens één wijziging op."));

    private static final Set<String> TEMPLATES = Set.of("tooLong", "tooSmall", "tooLarge", "amountAboveAllocation",
            "amountAboveMaximum", "amountAboveFunded", "unknownValue", "itemCount");

    @Test
    void everyConstantMessageReadsAsAgreed() throws IllegalAccessException {
        Set<String> seen = new TreeSet<>();
        for (Field f : Messages.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                seen.add(f.getName());
                assertEquals(CONSTANTS.get(f.getName()), f.get(null), f.getName());
            }
        }
        assertEquals(new TreeSet<>(CONSTANTS.keySet()), seen);
    }

    @Test
    void everyMessageTemplateReadsAsAgreed() {
        Set<String> seen = new TreeSet<>();
        for (Method m : Messages.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                seen.add(m.getName());
            }
        }
        assertEquals(new TreeSet<>(TEMPLATES), seen);
        assertEquals("Mag hoogstens 200 tekens bevatten.", Messages.tooLong(200));
        assertEquals("Moet minstens 1 zijn.", Messages.tooSmall(1));
        assertEquals("Mag hoogstens 90 zijn.", Messages.tooLarge(90));
        assertEquals("Het bedrag mag niet hoger zijn dan het toegewezen budget (€ 250.000,00).", Messages.amountAboveAllocation(25_000_000));
        assertEquals("Het bedrag mag niet hoger zijn dan € 1.000.000.000,00.", Messages.amountAboveMaximum(Money.MAX_CENTS));
        assertEquals("Het bedrag mag niet hoger zijn dan wat voor deze maatregel is betaald uit het budget (€ 55,00).", Messages.amountAboveFunded(5_500));
        assertEquals("Onbekende waarde \"x\"; kies uit: A, B.", Messages.unknownValue("x", java.util.List.of("A", "B")));
        assertEquals("Geef 1 tot 20 maatregelen op.", Messages.itemCount(1, 20, "maatregelen"));
    }
}
