package nl.doorbraak.store;

import nl.doorbraak.domain.LedgerBasis;
import nl.doorbraak.domain.MeasureCategory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.doorbraak.store.Dynamo.n;
import static nl.doorbraak.store.Dynamo.num;
import static nl.doorbraak.store.Dynamo.s;
import static nl.doorbraak.store.Dynamo.str;

/** The ledger of a budget: written only by {@link BudgetDebit}, read by finance. */
public final class LedgerStore {

    private final DynamoDbClient db;
    private final String table;

    public LedgerStore(DynamoDbClient db, Tables tables) {
        this.db = db;
        this.table = tables.ledger();
    }

    public String table() {
        return table;
    }

    static String budgetKey(String tenant, String budgetId) {
        return tenant + "#" + budgetId;
    }

    /** Every entry of a budget in booking order (strongly consistent: read from the table, not the index). */
    public List<LedgerEntry> entries(String tenant, String budgetId) {
        List<LedgerEntry> out = new ArrayList<>();
        QueryRequest request = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("budgetKey = :k")
                .expressionAttributeValues(Map.of(":k", s(budgetKey(tenant, budgetId)))).build();
        db.queryPaginator(request).items().forEach(item -> out.add(fromItem(item)));
        out.sort(Comparator.comparing(LedgerEntry::bookedAt).thenComparing(e -> e.entryId()));
        return out;
    }

    /** Entries whose Amsterdam booking date lies in {@code [from, to]} (either bound may be null). */
    public List<LedgerEntry> entries(String tenant, String budgetId, LocalDate from, LocalDate to) {
        return entries(tenant, budgetId).stream()
                .filter(e -> from == null || !e.bookingDate().isBefore(from))
                .filter(e -> to == null || !e.bookingDate().isAfter(to))
                .toList();
    }

    static Map<String, AttributeValue> toItem(LedgerEntry e) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("budgetKey", s(budgetKey(e.tenant(), e.budgetId())));
        item.put("entryId", s(e.entryId()));
        item.put("bookedAt", s(Times.format(e.bookedAt())));
        item.put("tenant", s(e.tenant()));
        item.put("budgetId", s(e.budgetId()));
        item.put("year", n(e.year()));
        item.put("costCenter", s(e.costCenter()));
        item.put("ledgerAccount", s(e.ledgerAccount()));
        item.put("interventionId", s(e.interventionId()));
        item.put("measureIndex", n(e.measureIndex()));
        item.put("category", s(e.category().name()));
        item.put("description", s(e.description()));
        item.put("amountCents", n(e.amountCents()));
        item.put("basis", s(e.basis().name()));
        item.put("approvedBy", s(e.approvedBy()));
        item.put("reference", s(e.reference()));
        return item;
    }

    static LedgerEntry fromItem(Map<String, AttributeValue> item) {
        return new LedgerEntry(str(item, "tenant"), str(item, "budgetId"), str(item, "entryId"),
                Times.parse(str(item, "bookedAt")), (int) num(item, "year"), str(item, "costCenter"),
                str(item, "ledgerAccount"), str(item, "interventionId"), (int) num(item, "measureIndex"),
                MeasureCategory.valueOf(str(item, "category")), str(item, "description"), num(item, "amountCents"),
                LedgerBasis.valueOf(str(item, "basis")), str(item, "approvedBy"), str(item, "reference"));
    }
}
