package nl.doorbraak.handlers.api;

import nl.doorbraak.domain.Budget;
import nl.doorbraak.domain.Payment;
import nl.doorbraak.handlers.flow.FlowContext;
import nl.doorbraak.store.LedgerEntry;
import nl.doorbraak.store.PaymentStore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The export's columns {@code betaalwijze, begunstigde, bonnummer} (issue 9): the payment evidence of a debit, on
 * the debit's line; empty for a debit without evidence and for correction and release lines.
 */
final class PaymentColumns {

    private static final List<String> EMPTY = List.of("", "", "");

    private PaymentColumns() {
    }

    /** The same columns in the ledger's JSON: {@code paymentMethod}, {@code payee}, {@code receiptRef} (null when empty). */
    static com.fasterxml.jackson.databind.node.ObjectNode put(com.fasterxml.jackson.databind.node.ObjectNode entry,
                                                                  List<String> columns) {
        entry.put("paymentMethod", columns.get(0).isEmpty() ? null : columns.get(0))
                .put("payee", columns.get(1).isEmpty() ? null : columns.get(1))
                .put("receiptRef", columns.get(2).isEmpty() ? null : columns.get(2));
        return entry;
    }

    static Function<LedgerEntry, List<String>> of(FlowContext ctx, Budget budget) {
        Map<String, Payment> byEntry = new HashMap<>();
        for (Payment p : PaymentStore.of(ctx.stores()).payments(budget.tenant(), budget.budgetId())) {
            byEntry.put(p.entryId(), p);
        }
        return e -> {
            Payment p = byEntry.get(e.entryId());
            return p == null ? EMPTY : List.of(p.method().name(), p.payee(), p.receiptRef() == null ? "" : p.receiptRef());
        };
    }
}
