package nl.doorbraak.domain;

/** A budget's allocation may never drop below what is already debited; the API answers 409. */
public final class AllocationBelowDebitedException extends RuntimeException {

    public AllocationBelowDebitedException(long allocatedCents, long debitedCents) {
        super("Het toegewezen budget (" + Money.format(allocatedCents) + ") kan niet lager worden dan wat al is uitgegeven ("
                + Money.format(debitedCents) + ").");
    }
}
