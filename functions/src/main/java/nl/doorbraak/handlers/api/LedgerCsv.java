package nl.doorbraak.handlers.api;

import nl.doorbraak.domain.Money;
import nl.doorbraak.store.LedgerEntry;

import java.util.List;

/**
 * The ledger export for finance. Two formats:
 * <ul>
 *   <li>{@code nl}: a UTF-8 byte order mark, {@code ;} between fields and a decimal comma, so Dutch Excel opens it
 *       right;</li>
 *   <li>{@code rfc4180}: {@code ,} between fields and a decimal point.</li>
 * </ul>
 * Both: CRLF line ends, and RFC 4180 quoting (a field holding the separator, a double quote, CR or LF is enclosed in
 * double quotes, with each double quote doubled). No client pseudonym or situation summary.
 */
public enum LedgerCsv {
    NL(';', true),
    RFC4180(',', false);

    public static final List<String> HEADER = List.of("boekdatum", "boekjaar", "budget", "kostenplaats",
            "grootboekrekening", "interventie", "categorie", "omschrijving", "bedrag", "grondslag", "goedgekeurd_door",
            "referentie", "betaalwijze", "begunstigde", "bonnummer");
    static final char BOM = '\uFEFF';

    private final char separator;
    private final boolean dutch;

    LedgerCsv(char separator, boolean dutch) {
        this.separator = separator;
        this.dutch = dutch;
    }

    /** The format for the {@code format} query parameter ({@code nl} or {@code rfc4180}); null when unknown. */
    public static LedgerCsv of(String format) {
        if (format == null || format.equals("nl")) {
            return NL;
        }
        return format.equals("rfc4180") ? RFC4180 : null;
    }

    public String render(List<LedgerEntry> entries) {
        return render(entries, e -> List.of("", "", ""));
    }

    /**
     * @param payment the columns {@code betaalwijze, begunstigde, bonnummer} of a line (issue 9: the payment
     *                evidence of the debit; empty while none is recorded)
     */
    public String render(List<LedgerEntry> entries, java.util.function.Function<LedgerEntry, List<String>> payment) {
        StringBuilder sb = new StringBuilder();
        if (dutch) {
            sb.append(BOM);
        }
        line(sb, HEADER);
        for (LedgerEntry e : entries) {
            List<String> paid = payment.apply(e);
            line(sb, List.of(e.bookingDate().toString(), Integer.toString(e.year()), e.budgetId(), e.costCenter(),
                    e.ledgerAccount(), e.interventionId(), e.category().name(), e.description(), amount(e.amountCents()),
                    e.basis().name(), e.approvedBy(), e.reference(), paid.get(0), paid.get(1), paid.get(2)));
        }
        return sb.toString();
    }

    String amount(long cents) {
        return dutch ? Money.formatDecimalComma(cents) : Money.formatDecimal(cents);
    }

    private void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(quote(fields.get(i)));
        }
        sb.append("\r\n");
    }

    String quote(String field) {
        String f = field == null ? "" : field;
        if (f.indexOf(separator) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
            return '"' + f.replace("\"", "\"\"") + '"';
        }
        return f;
    }
}
