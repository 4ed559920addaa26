package nl.doorbraak.e2e.api;

import nl.doorbraak.store.Tables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables as template.yaml declares them (keys and indexes), for the in-process stack that does not run the
 * deployer. The full-stack run deploys the template itself.
 */
final class TableSetup {

    private TableSetup() {
    }

    static void create(DynamoDbClient db, Tables t) {
        table(db, t.budgets(), "tenant", "budgetId");
        table(db, t.ledger(), "budgetKey", "entryId", gsi("byBookedAt", "budgetKey", "bookedAt"));
        table(db, t.interventions(), "tenant", "interventionId", gsi("byStatus", "tenantStatus", "createdAt"),
                gsi("byCreator", "tenantCreator", "createdAt"), gsi("byPseudonym", "tenantPseudonym", "createdAt"));
        table(db, t.tasks(), "tenant", "taskId", gsi("openByQueue", "openQueue", "deadline"));
        table(db, t.audit(), "subject", "at", gsi("byTenant", "tenant", "at"));
        table(db, t.idempotency(), "idempotencyKey", null);
    }

    private static String[] gsi(String name, String hash, String range) {
        return new String[] {name, hash, range};
    }

    private static void table(DynamoDbClient db, String name, String hash, String range, String[]... indexes) {
        List<String> attrs = new ArrayList<>();
        attrs.add(hash);
        if (range != null) {
            attrs.add(range);
        }
        List<GlobalSecondaryIndex> gsis = new ArrayList<>();
        for (String[] i : indexes) {
            for (String a : new String[] {i[1], i[2]}) {
                if (!attrs.contains(a)) {
                    attrs.add(a);
                }
            }
            gsis.add(GlobalSecondaryIndex.builder().indexName(i[0]).keySchema(key(i[1], i[2]))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build());
        }
        db.createTable(b -> {
            b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST).keySchema(key(hash, range))
                    .attributeDefinitions(attrs.stream().map(a -> AttributeDefinition.builder().attributeName(a)
                            .attributeType(ScalarAttributeType.S).build()).toList());
            if (!gsis.isEmpty()) {
                b.globalSecondaryIndexes(gsis);
            }
        });
    }

    private static List<KeySchemaElement> key(String hash, String range) {
        List<KeySchemaElement> k = new ArrayList<>();
        k.add(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build());
        if (range != null) {
            k.add(KeySchemaElement.builder().attributeName(range).keyType(KeyType.RANGE).build());
        }
        return k;
    }
}
