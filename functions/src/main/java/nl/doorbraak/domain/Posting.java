package nl.doorbraak.domain;

import java.time.Instant;

/**
 * A ledger line as finance reasons about it. A debit ({@code MANDAAT}, {@code GOEDKEURING}, {@code ESCALATIE}) has
 * a positive amount; its reversal ({@code CORRECTIE}) and its released difference ({@code VRIJVAL}) are negative
 * lines whose entry id is the debit's id with a suffix, so a second one of either cannot be written.
 *
 * @param entryId   the debit's {@code {interventionId}#{nn}}, or that with {@code #CORRECTIE} / {@code #VRIJVAL}
 * @param reference the {@code referentie} finance sees, the same on every line of one measure
 */
public record Posting(String entryId, LedgerBasis basis, long amountCents, Instant bookedAt, String interventionId,
                      int measureIndex, String reference) {

    public static final String REVERSAL_SUFFIX = "#" + LedgerBasis.CORRECTIE.name();
    public static final String RELEASE_SUFFIX = "#" + LedgerBasis.VRIJVAL.name();

    /** The entry id of the reversal of debit {@code entryId}. */
    public static String reversalId(String entryId) {
        return entryId + REVERSAL_SUFFIX;
    }

    /** The entry id of the released difference of debit {@code entryId}. */
    public static String releaseId(String entryId) {
        return entryId + RELEASE_SUFFIX;
    }

    /** Whether this line is a debit (money going out), not a correction or a release. */
    public boolean isDebit() {
        return basis != LedgerBasis.CORRECTIE && basis != LedgerBasis.VRIJVAL;
    }

    /** The debit this line belongs to: itself for a debit, else the id without its suffix. */
    public String origin() {
        if (isDebit()) {
            return entryId;
        }
        String suffix = basis == LedgerBasis.CORRECTIE ? REVERSAL_SUFFIX : RELEASE_SUFFIX;
        return entryId.endsWith(suffix) ? entryId.substring(0, entryId.length() - suffix.length()) : entryId;
    }
}
