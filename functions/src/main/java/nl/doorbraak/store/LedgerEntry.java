package nl.doorbraak.store;

import nl.doorbraak.domain.LedgerBasis;
import nl.doorbraak.domain.MeasureCategory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One ledger line: one debited measure. Never updated or deleted; no client pseudonym or situation summary in it.
 *
 * @param entryId    {@code {interventionId}#M{measure index, two digits}}: a repeated debit cannot write it twice
 * @param approvedBy the requester for {@code MANDAAT}, else whoever approved
 * @param reference  {@code {interventionId}/{measure number from 1}}, the {@code referentie} finance sees
 */
public record LedgerEntry(String tenant, String budgetId, String entryId, Instant bookedAt, int year, String costCenter,
                          String ledgerAccount, String interventionId, int measureIndex, MeasureCategory category,
                          String description, long amountCents, LedgerBasis basis, String approvedBy,
                          String reference) {

    public static String entryId(String interventionId, int measureIndex) {
        return interventionId + "#M" + (measureIndex < 10 ? "0" : "") + measureIndex;
    }

    public static String reference(String interventionId, int measureIndex) {
        return interventionId + "/" + (measureIndex + 1);
    }

    /** The booking date finance sees: the Europe/Amsterdam date of the debit. */
    public LocalDate bookingDate() {
        return bookedAt.atZone(Times.AMSTERDAM).toLocalDate();
    }
}
