package nl.doorbraak.store;

import nl.doorbraak.domain.Payment;
import nl.doorbraak.domain.PaymentMethod;
import nl.doorbraak.domain.Posting;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.doorbraak.store.Dynamo.n;
import static nl.doorbraak.store.Dynamo.num;
import static nl.doorbraak.store.Dynamo.s;
import static nl.doorbraak.store.Dynamo.str;

/**
 * Payment evidence, in the ledger table under its own partition {@code {tenant}#{budgetId}#PAYMENTS} with the
 * debit's entry id as sort key: the ledger's own queries never see it, and a measure's evidence is written once
 * ({@code attribute_not_exists}). Never updated or deleted. Also reads the ledger as {@link Posting}s.
 */
public final class PaymentStore {

    static final String PARTITION_SUFFIX = "#PAYMENTS";

    private final DynamoDbClient db;
    private final LedgerStore ledger;

    public PaymentStore(DynamoDbClient db, LedgerStore ledger) {
        this.db = db;
        this.ledger = ledger;
    }

    public static PaymentStore of(Stores stores) {
        return new PaymentStore(stores.db(), stores.ledger());
    }

    static String partition(String tenant, String budgetId) {
        return LedgerStore.budgetKey(tenant, budgetId) + PARTITION_SUFFIX;
    }

    public List<Payment> payments(String tenant, String budgetId) {
        List<Payment> out = new ArrayList<>();
        QueryRequest q = QueryRequest.builder().tableName(ledger.table()).consistentRead(true)
                .keyConditionExpression("budgetKey = :k")
                .expressionAttributeValues(Map.of(":k", s(partition(tenant, budgetId)))).build();
        db.queryPaginator(q).items().forEach(item -> out.add(fromItem(item)));
        return out;
    }

    /** The budget's ledger as postings (booking order). */
    public List<Posting> postings(String tenant, String budgetId) {
        return ledger.entries(tenant, budgetId).stream().map(PaymentStore::posting).toList();
    }

    public static Posting posting(LedgerEntry e) {
        return new Posting(e.entryId(), e.basis(), e.amountCents(), e.bookedAt(), e.interventionId(), e.measureIndex(),
                e.reference());
    }

    static Map<String, AttributeValue> toItem(String tenant, String budgetId, Payment p) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("budgetKey", s(partition(tenant, budgetId)));
        item.put("entryId", s(p.entryId()));
        item.put("tenant", s(tenant));
        item.put("budgetId", s(budgetId));
        item.put("interventionId", s(p.interventionId()));
        item.put("measureIndex", n(p.measureIndex()));
        item.put("paidAt", s(Times.format(p.paidAt())));
        item.put("method", s(p.method().name()));
        item.put("payee", s(p.payee()));
        item.put("amountCents", n(p.amountCents()));
        if (p.receiptRef() != null) {
            item.put("receiptRef", s(p.receiptRef()));
        }
        item.put("fundedCents", n(p.fundedCents()));
        item.put("recordedBy", s(p.recordedBy()));
        item.put("recordedAt", s(Times.format(p.recordedAt())));
        return item;
    }

    static Payment fromItem(Map<String, AttributeValue> item) {
        return new Payment(str(item, "entryId"), str(item, "interventionId"), (int) num(item, "measureIndex"),
                Times.parse(str(item, "paidAt")), PaymentMethod.valueOf(str(item, "method")), str(item, "payee"),
                num(item, "amountCents"), str(item, "receiptRef"), num(item, "fundedCents"), str(item, "recordedBy"),
                Times.parse(str(item, "recordedAt")));
    }
}
