package nl.doorbraak.store;

import nl.doorbraak.domain.Payment;
import nl.doorbraak.domain.Posting;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.doorbraak.store.Dynamo.n;
import static nl.doorbraak.store.Dynamo.s;

/**
 * The finance writes that move money back into a budget, each ONE {@code TransactWriteItems}:
 * <ul>
 *   <li>payment evidence: the payment item ({@code attribute_not_exists}: once per measure), a check that the
 *       measure has no reversal, and when less was paid than funded the {@code VRIJVAL} ledger line plus
 *       {@code availableCents + released} on the budget;</li>
 *   <li>a reversal: the {@code CORRECTIE} ledger line ({@code attribute_not_exists}: at most once), the budget
 *       {@code availableCents + amount}, and a check that the payment evidence is still as read (absent, or
 *       present), so the amount given back is the one planned.</li>
 * </ul>
 * Ledger lines are only ever added.
 */
public final class FinanceLedger {

    private final DynamoDbClient db;
    private final BudgetStore budgets;
    private final LedgerStore ledger;

    public FinanceLedger(DynamoDbClient db, BudgetStore budgets, LedgerStore ledger) {
        this.db = db;
        this.budgets = budgets;
        this.ledger = ledger;
    }

    public static FinanceLedger of(Stores stores) {
        return new FinanceLedger(stores.db(), stores.budgets(), stores.ledger());
    }

    /** Whether a write went through or collided with another (then nothing was written). */
    public enum Outcome { WRITTEN, COLLIDED }

    /**
     * @param release the {@code VRIJVAL} line, or null when the full amount was paid
     */
    public Outcome recordPayment(String tenant, String budgetId, Payment payment, LedgerEntry release) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(ledger.table())
                .item(PaymentStore.toItem(tenant, budgetId, payment))
                .conditionExpression("attribute_not_exists(entryId)").build()).build());
        items.add(TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(ledger.table())
                .key(ledgerKey(tenant, budgetId, Posting.reversalId(payment.entryId())))
                .conditionExpression("attribute_not_exists(entryId)").build()).build());
        if (release != null) {
            items.add(put(release));
            items.add(credit(tenant, budgetId, -release.amountCents()));
        }
        return write(items);
    }

    /**
     * @param reversal     the {@code CORRECTIE} line (negative amount)
     * @param reason       finance's reason, kept on the line (never in the audit log or the export)
     * @param paymentSeen  whether payment evidence existed when the reversal was planned
     */
    public Outcome reverse(String tenant, String budgetId, LedgerEntry reversal, String reason, boolean paymentSeen) {
        List<TransactWriteItem> items = new ArrayList<>();
        Map<String, AttributeValue> item = new HashMap<>(LedgerStore.toItem(reversal));
        item.put("reason", s(reason));
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(ledger.table()).item(item)
                .conditionExpression("attribute_not_exists(entryId)").build()).build());
        items.add(credit(tenant, budgetId, -reversal.amountCents()));
        String origin = new Posting(reversal.entryId(), reversal.basis(), 0, reversal.bookedAt(), null, 0, null).origin();
        items.add(TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(ledger.table())
                .key(Map.of("budgetKey", s(PaymentStore.partition(tenant, budgetId)), "entryId", s(origin)))
                .conditionExpression(paymentSeen ? "attribute_exists(entryId)" : "attribute_not_exists(entryId)")
                .build()).build());
        return write(items);
    }

    private Outcome write(List<TransactWriteItem> items) {
        try {
            db.transactWriteItems(b -> b.transactItems(items));
            return Outcome.WRITTEN;
        } catch (TransactionCanceledException e) {
            return Outcome.COLLIDED;
        }
    }

    private TransactWriteItem put(LedgerEntry line) {
        return TransactWriteItem.builder().put(Put.builder().tableName(ledger.table()).item(LedgerStore.toItem(line))
                .conditionExpression("attribute_not_exists(entryId)").build()).build();
    }

    private TransactWriteItem credit(String tenant, String budgetId, long cents) {
        return TransactWriteItem.builder().update(Update.builder().tableName(budgets.table())
                .key(BudgetStore.key(tenant, budgetId))
                .updateExpression("SET availableCents = availableCents + :amount")
                .conditionExpression("attribute_exists(budgetId)")
                .expressionAttributeValues(Map.of(":amount", n(cents))).build()).build();
    }

    private static Map<String, AttributeValue> ledgerKey(String tenant, String budgetId, String entryId) {
        return Map.of("budgetKey", s(LedgerStore.budgetKey(tenant, budgetId)), "entryId", s(entryId));
    }
}
