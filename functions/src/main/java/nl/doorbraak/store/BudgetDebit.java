package nl.doorbraak.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.doorbraak.store.Dynamo.n;

/**
 * The budget debit: ONE {@code TransactWriteItems} with
 * <ol>
 *   <li>the budget: {@code availableCents = availableCents − amount}, on condition {@code availableCents >= amount}
 *       and that its year is not closed ({@code closedAt}, see {@link BudgetAdmin});</li>
 *   <li>one ledger item per measure, on condition {@code attribute_not_exists(entryId)};</li>
 *   <li>the intervention (measures marked debited, status), on condition that its version is the one read.</li>
 * </ol>
 * Either all of it happens or none. A retried or re-invoked debit task reads the intervention again and finds its
 * measures debited already, so it debits nothing twice; if it raced with itself, the ledger and version conditions
 * make the second transaction fail as a whole.
 */
public final class BudgetDebit {

    private final DynamoDbClient db;
    private final BudgetStore budgets;
    private final LedgerStore ledger;
    private final InterventionStore interventions;

    public BudgetDebit(DynamoDbClient db, BudgetStore budgets, LedgerStore ledger, InterventionStore interventions) {
        this.db = db;
        this.budgets = budgets;
        this.ledger = ledger;
        this.interventions = interventions;
    }

    /** What became of a debit. */
    public sealed interface Outcome {
        /** Committed. */
        record Debited(long amountCents) implements Outcome {
        }

        /** The budget had less than the amount available; nothing was written. */
        record InsufficientBudget(long amountCents) implements Outcome {
        }

        /** Another writer changed the intervention (or the transaction collided); read again and retry. */
        record Conflict(String reason) implements Outcome {
        }
    }

    /**
     * @param next    the intervention record to write, at the version that was read
     * @param entries the ledger lines, one per measure debited now (not empty)
     */
    public Outcome debit(String tenant, String budgetId, InterventionRecord next, List<LedgerEntry> entries) {
        long amount = entries.stream().mapToLong(LedgerEntry::amountCents).sum();
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().update(Update.builder().tableName(budgets.table())
                .key(BudgetStore.key(tenant, budgetId))
                .updateExpression("SET availableCents = availableCents - :amount")
                .conditionExpression("availableCents >= :amount AND attribute_not_exists(closedAt)")
                .expressionAttributeValues(Map.of(":amount", n(amount))).build()).build());
        for (LedgerEntry e : entries) {
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(ledger.table())
                    .item(LedgerStore.toItem(e)).conditionExpression("attribute_not_exists(entryId)").build()).build());
        }
        items.add(TransactWriteItem.builder().put(interventions.conditionalPutForTransaction(next)).build());
        try {
            db.transactWriteItems(b -> b.transactItems(items));
            return new Outcome.Debited(amount);
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            if (reasons != null && !reasons.isEmpty() && "ConditionalCheckFailed".equals(reasons.get(0).code())) {
                return new Outcome.InsufficientBudget(amount);
            }
            return new Outcome.Conflict(reasons == null ? "cancelled" : reasons.stream()
                    .map(r -> r.code() == null ? "None" : r.code()).toList().toString());
        }
    }
}
