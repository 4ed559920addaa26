package nl.doorbraak.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Who was paid: the shop, landlord or organisation, never the client by name. Money handed to the client is
 * recorded as {@value PaymentRequest#CLIENT}; the ways people write "client" ({@code cliënt}, {@code Client},
 * {@code de cliënt}) are read as that. A payee that contains the client's pseudonym is refused: it would tie the
 * payment to the person outside the intervention itself.
 */
public final class PayeeRule {

    public static final String CLIENT_MESSAGE = "Noem nooit de cliënt bij naam of pseudoniem; vul CLIENT in voor geld "
            + "dat aan de cliënt is gegeven, en anders de winkel, verhuurder of organisatie.";

    private static final Set<String> CLIENT_WORDS = Set.of("client", "de client", "clienten", "aan client",
            "aan de client", "clientgeld");

    private PayeeRule() {
    }

    /** The payee to record: {@code CLIENT} for any way of writing "client", else the text stripped. */
    public static String normalise(String payee) {
        String plain = plain(payee);
        return CLIENT_WORDS.contains(plain) ? PaymentRequest.CLIENT : payee.strip();
    }

    /**
     * Adds a problem at {@code payee} when it names the client by pseudonym.
     *
     * @param pseudonym the intervention's client pseudonym (may be null when unknown)
     */
    public static void check(String payee, String pseudonym, Problems problems) {
        if (payee == null || pseudonym == null || pseudonym.isBlank()) {
            return;
        }
        if (plain(payee).contains(plain(pseudonym))) {
            problems.add("payee", CLIENT_MESSAGE);
        }
    }

    static String plain(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
