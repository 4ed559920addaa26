package nl.doorbraak.localcloud.dynamodb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.n;
import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.s;
import static org.junit.jupiter.api.Assertions.*;

/** Table lifecycle through the SDK: create, describe, list, update, tags, TTL, delete, and their errors. */
class DynamoDbTablesTest {
    private LocalDynamo local;

    @BeforeEach
    void start() throws Exception {
        local = LocalDynamo.inMemory();
    }

    @AfterEach
    void stop() throws Exception {
        local.close();
    }

    @Test
    void aCreatedTableIsDescribedListedAndDeleted() {
        local.createTable("budgets", "pk", "sk", ScalarAttributeType.N);
        TableDescription t = local.client.describeTable(b -> b.tableName("budgets")).table();
        assertEquals(TableStatus.ACTIVE, t.tableStatus());
        assertEquals(List.of(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()), t.keySchema());
        assertEquals(BillingMode.PAY_PER_REQUEST, t.billingModeSummary().billingMode());
        assertTrue(t.tableArn().endsWith(":table/budgets"));
        assertEquals(List.of("budgets"), local.client.listTables().tableNames());

        local.client.deleteTable(b -> b.tableName("budgets"));
        assertEquals(List.of(), local.client.listTables().tableNames());
        ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
                () -> local.client.describeTable(b -> b.tableName("budgets")));
        assertTrue(e.awsErrorDetails().errorMessage().contains("budgets"));
    }

    @Test
    void creatingAnExistingTableIsResourceInUse() {
        local.createTable("table1", "pk", null, null);
        assertThrows(ResourceInUseException.class, () -> local.createTable("table1", "pk", null, null));
    }

    @Test
    void invalidTableDefinitionsAreRefusedWithDynamoDbWording() {
        DynamoDbException shortName = assertThrows(DynamoDbException.class, () -> local.createTable("ab", "pk", null, null));
        assertEquals("1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
                shortName.awsErrorDetails().errorMessage());
        DynamoDbException unused = assertThrows(DynamoDbException.class, () -> local.client.createTable(b -> b.tableName("table2")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType("S").build(),
                        AttributeDefinition.builder().attributeName("extra").attributeType("N").build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)));
        assertTrue(unused.awsErrorDetails().errorMessage().contains("Some AttributeDefinitions are not used"), unused.awsErrorDetails().errorMessage());
    }

    @Test
    void listTablesPaginates() {
        for (String name : List.of("aaa", "bbb", "ccc")) local.createTable(name, "pk", null, null);
        ListTablesResponse first = local.client.listTables(b -> b.limit(2));
        assertEquals(List.of("aaa", "bbb"), first.tableNames());
        assertEquals("bbb", first.lastEvaluatedTableName());
        ListTablesResponse second = local.client.listTables(b -> b.exclusiveStartTableName("bbb"));
        assertEquals(List.of("ccc"), second.tableNames());
        assertNull(second.lastEvaluatedTableName());
    }

    @Test
    void updateTableAddsAGlobalIndexAndChangesBilling() {
        local.createTable("table3", "pk", null, null);
        local.client.updateTable(b -> b.tableName("table3")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("status").attributeType("S").build())
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("byStatus")
                        .keySchema(KeySchemaElement.builder().attributeName("status").keyType(KeyType.HASH).build())
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))).build()));
        TableDescription t = local.client.describeTable(b -> b.tableName("table3")).table();
        assertEquals("byStatus", t.globalSecondaryIndexes().get(0).indexName());
        assertEquals(IndexStatus.ACTIVE, t.globalSecondaryIndexes().get(0).indexStatus());
        local.client.updateTable(b -> b.tableName("table3").billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(7L)));
        TableDescription after = local.client.describeTable(b -> b.tableName("table3")).table();
        assertEquals(7L, after.provisionedThroughput().writeCapacityUnits());
    }

    @Test
    void tagsAreAddedListedAndRemoved() {
        local.createTable("table4", "pk", null, null);
        String arn = local.client.describeTable(b -> b.tableName("table4")).table().tableArn();
        local.client.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("team").value("finance").build(),
                Tag.builder().key("env").value("local").build()));
        local.client.untagResource(b -> b.resourceArn(arn).tagKeys("env"));
        assertEquals(List.of(Tag.builder().key("team").value("finance").build()),
                local.client.listTagsOfResource(b -> b.resourceArn(arn)).tags());
    }

    @Test
    void timeToLiveDeletesExpiredItemsWhenTheClockPassesThem() {
        local.createTable("table5", "pk", null, null);
        local.client.updateTimeToLive(b -> b.tableName("table5").timeToLiveSpecification(s -> s.attributeName("expiresAt").enabled(true)));
        assertEquals(TimeToLiveStatus.ENABLED,
                local.client.describeTimeToLive(b -> b.tableName("table5")).timeToLiveDescription().timeToLiveStatus());
        long inOneHour = local.clock.instant().plus(Duration.ofHours(1)).getEpochSecond();
        local.client.putItem(b -> b.tableName("table5").item(Map.of("pk", s("soon"), "expiresAt", n(Long.toString(inOneHour)))));
        local.client.putItem(b -> b.tableName("table5").item(Map.of("pk", s("never"), "expiresAt", s("not a number"))));
        local.clock.advance(Duration.ofMinutes(30));
        assertTrue(local.client.getItem(b -> b.tableName("table5").key(Map.of("pk", s("soon")))).hasItem());
        local.clock.advance(Duration.ofMinutes(31));
        assertFalse(local.client.getItem(b -> b.tableName("table5").key(Map.of("pk", s("soon")))).hasItem());
        assertTrue(local.client.getItem(b -> b.tableName("table5").key(Map.of("pk", s("never")))).hasItem());
    }
}
