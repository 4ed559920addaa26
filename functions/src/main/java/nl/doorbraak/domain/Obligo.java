package nl.doorbraak.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Commitments and realisation of one budget, computed from its ledger and its payment evidence: per funded measure
 * a {@link Position}, and the totals {@code committed} (debited, no payment recorded) and {@code paid}. Together
 * with the budget they give the {@link Reconciliation}.
 */
public final class Obligo {

    /** After this many days without payment evidence finance's list shows a funded measure. */
    public static final int EVIDENCE_DAYS = 14;

    private final Map<String, Position> positions;
    private final long ledgerSumCents;

    private Obligo(Map<String, Position> positions, long ledgerSumCents) {
        this.positions = positions;
        this.ledgerSumCents = ledgerSumCents;
    }

    /**
     * @param ledger   every line of the budget's ledger
     * @param payments every payment recorded for the budget
     * @throws IllegalArgumentException when a correction, release or payment refers to no debit
     */
    public static Obligo of(List<Posting> ledger, List<Payment> payments) {
        Map<String, Posting> debits = new LinkedHashMap<>();
        Map<String, Long> released = new HashMap<>();
        Map<String, Long> reversed = new HashMap<>();
        long sum = 0;
        for (Posting p : ledger) {
            sum += p.amountCents();
            if (p.isDebit()) {
                debits.put(p.entryId(), p);
            }
        }
        for (Posting p : ledger) {
            if (!p.isDebit()) {
                if (!debits.containsKey(p.origin())) {
                    throw new IllegalArgumentException(p.basis() + " line " + p.entryId() + " refers to no debit");
                }
                (p.basis() == LedgerBasis.CORRECTIE ? reversed : released).merge(p.origin(), -p.amountCents(), Long::sum);
            }
        }
        Map<String, Payment> paid = new HashMap<>();
        for (Payment pay : payments) {
            if (!debits.containsKey(pay.entryId())) {
                throw new IllegalArgumentException("payment for " + pay.entryId() + " refers to no debit");
            }
            paid.put(pay.entryId(), pay);
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        for (Posting d : debits.values()) {
            positions.put(d.entryId(), new Position(d, released.getOrDefault(d.entryId(), 0L),
                    reversed.getOrDefault(d.entryId(), 0L), paid.get(d.entryId())));
        }
        return new Obligo(positions, sum);
    }

    public Optional<Position> position(String debitEntryId) {
        return Optional.ofNullable(positions.get(debitEntryId));
    }

    public List<Position> positions() {
        return List.copyOf(positions.values());
    }

    public long committedCents() {
        return positions.values().stream().mapToLong(Position::committedCents).sum();
    }

    public long paidCents() {
        return positions.values().stream().mapToLong(Position::paidCents).sum();
    }

    public long ledgerSumCents() {
        return ledgerSumCents;
    }

    /** Funded measures still waiting for payment (to carry over at year end). */
    public List<Position> openCommitments() {
        return positions.values().stream().filter(p -> p.committedCents() > 0).toList();
    }

    /** Funded measures without payment evidence {@value #EVIDENCE_DAYS} days or more after the debit. */
    public List<Position> evidenceOverdue(Instant now) {
        List<Position> out = new ArrayList<>();
        for (Position p : positions.values()) {
            if (p.evidenceOverdue(now, EVIDENCE_DAYS)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The budget's figures against this ledger and these payments. */
    public Reconciliation reconcile(Budget budget) {
        return new Reconciliation(budget.allocatedCents(), budget.availableCents(), ledgerSumCents, committedCents(),
                paidCents());
    }
}
