package nl.doorbraak.domain;

import java.util.List;

/** Every Dutch validation message, in one place. */
public final class Messages {

    public static final String NOT_JSON = "Het verzoek is geen geldige JSON.";
    public static final String BODY_NOT_OBJECT = "Het verzoek moet een JSON-object zijn.";
    public static final String REQUIRED = "Dit veld is verplicht.";
    public static final String UNKNOWN_FIELD = "Onbekend veld; laat het weg.";
    public static final String NOT_OBJECT = "Moet een object zijn.";
    public static final String NOT_ARRAY = "Moet een lijst zijn.";
    public static final String NOT_TEXT = "Moet tekst zijn.";
    public static final String BLANK = "Mag niet leeg zijn.";
    public static final String NOT_INTEGER = "Moet een geheel getal zijn.";
    public static final String NOT_BOOLEAN = "Moet true of false zijn.";
    public static final String AMOUNT_NOT_POSITIVE = "Het bedrag moet groter zijn dan € 0,00.";
    public static final String AMOUNT_NEGATIVE = "Het bedrag mag niet negatief zijn.";
    public static final String PSEUDONYM = "Gebruik een pseudoniem van 3 tot 40 letters, cijfers of streepjes; nooit een naam.";
    public static final String IDENTIFIER = "Gebruik 1 tot 64 letters, cijfers, punten, streepjes of liggende streepjes.";
    public static final String IDEMPOTENCY_KEY = "Gebruik 1 tot 100 letters, cijfers, punten, dubbele punten, streepjes of liggende streepjes.";
    public static final String FINANCE_CODE = "Gebruik 1 tot 20 letters, cijfers, punten of streepjes.";
    public static final String COMMENT_REQUIRED_TO_REJECT = "Geef een toelichting bij een afwijzing.";
    public static final String MANDATE_ABOVE_ALLOCATION = "Het mandaat mag niet hoger zijn dan het toegewezen budget.";
    public static final String NOT_A_MOMENT = "Moet een tijdstip zijn zoals 2026-11-28T23:40:00Z.";
    public static final String IN_THE_FUTURE = "Mag niet in de toekomst liggen.";
    public static final String NO_CHANGE = "Geef minstens één wijziging op.";

    private Messages() {
    }

    public static String tooLong(int maxChars) {
        return "Mag hoogstens " + maxChars + " tekens bevatten.";
    }

    public static String tooSmall(long min) {
        return "Moet minstens " + min + " zijn.";
    }

    public static String tooLarge(long max) {
        return "Mag hoogstens " + max + " zijn.";
    }

    public static String amountAboveAllocation(long allocatedCents) {
        return "Het bedrag mag niet hoger zijn dan het toegewezen budget (" + Money.format(allocatedCents) + ").";
    }

    public static String amountAboveMaximum(long maxCents) {
        return "Het bedrag mag niet hoger zijn dan " + Money.format(maxCents) + ".";
    }

    public static String amountAboveFunded(long fundedCents) {
        return "Het bedrag mag niet hoger zijn dan wat voor deze maatregel is betaald uit het budget (" + Money.format(fundedCents) + ").";
    }

    public static String unknownValue(String value, List<String> allowed) {
        return "Onbekende waarde \"" + value + "\"; kies uit: " + String.join(", ", allowed) + ".";
    }

    public static String itemCount(int min, int max, String noun) {
        return "Geef " + min + " tot " + max + " " + noun + " op.";
    }
}
