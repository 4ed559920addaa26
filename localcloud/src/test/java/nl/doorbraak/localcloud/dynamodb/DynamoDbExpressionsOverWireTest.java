package nl.doorbraak.localcloud.dynamodb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.n;
import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.s;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The operations that take expressions, through the SDK: conditional writes, updates with ReturnValues, Query on
 * tables, GSIs and LSIs with filters, projections and pagination, transactional cancellation reasons, legacy
 * parameters.
 */
class DynamoDbExpressionsOverWireTest {
    private LocalDynamo local;

    @BeforeEach
    void start() throws Exception {
        local = LocalDynamo.inMemory();
        local.client.createTable(b -> b.tableName("cases")
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType("S").build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType("N").build(),
                        AttributeDefinition.builder().attributeName("status").attributeType("S").build(),
                        AttributeDefinition.builder().attributeName("amount").attributeType("N").build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byStatus")
                        .keySchema(KeySchemaElement.builder().attributeName("status").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)).build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byAmount")
                        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("amount").keyType(KeyType.RANGE).build())
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        for (int i = 1; i <= 12; i++) {
            int k = i;
            local.client.putItem(b -> b.tableName("cases").item(Map.of("pk", s("team-a"), "sk", n(Integer.toString(k)),
                    "status", s(k % 3 == 0 ? "closed" : "open"), "amount", n(Integer.toString(100 - k)), "note", s("n" + k))));
        }
    }

    @AfterEach
    void stop() throws Exception {
        local.close();
    }

    private Map<String, AttributeValue> key(int sk) {
        return Map.of("pk", s("team-a"), "sk", n(Integer.toString(sk)));
    }

    @Test
    void conditionalWritesFailWithTheOldItemWhenAsked() {
        ConditionalCheckFailedException e = assertThrows(ConditionalCheckFailedException.class, () -> local.client.putItem(b -> b
                .tableName("cases").item(Map.of("pk", s("team-a"), "sk", n("1"))).conditionExpression("attribute_not_exists(pk)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals("n1", e.item().get("note").s());
        assertThrows(ConditionalCheckFailedException.class, () -> local.client.deleteItem(b -> b.tableName("cases").key(key(2))
                .conditionExpression("#s = :closed").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":closed", s("closed")))));
        local.client.deleteItem(b -> b.tableName("cases").key(key(3)).conditionExpression("#s = :closed")
                .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":closed", s("closed"))));
        assertFalse(local.client.getItem(b -> b.tableName("cases").key(key(3))).hasItem());
    }

    @Test
    void updateExpressionsReturnWhatWasAskedFor() {
        UpdateItemResponse r = local.client.updateItem(b -> b.tableName("cases").key(key(1))
                .updateExpression("SET amount = amount - :d, tags = list_append(if_not_exists(tags, :empty), :t) REMOVE note")
                .expressionAttributeValues(Map.of(":d", n("9"), ":empty", AttributeValue.fromL(List.of()), ":t", AttributeValue.fromL(List.of(s("urgent")))))
                .returnValues(ReturnValue.UPDATED_NEW));
        assertEquals("90", r.attributes().get("amount").n());
        assertEquals(List.of(s("urgent")), r.attributes().get("tags").l());
        assertFalse(r.attributes().containsKey("note"));
        UpdateItemResponse old = local.client.updateItem(b -> b.tableName("cases").key(key(1)).updateExpression("ADD visits :one")
                .expressionAttributeValues(Map.of(":one", n("1"))).returnValues(ReturnValue.ALL_OLD));
        assertEquals("90", old.attributes().get("amount").n());
        DynamoDbException keyUpdate = assertThrows(DynamoDbException.class, () -> local.client.updateItem(b -> b.tableName("cases")
                .key(key(1)).updateExpression("SET sk = :v").expressionAttributeValues(Map.of(":v", n("5")))));
        assertEquals("One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key",
                keyUpdate.awsErrorDetails().errorMessage());
        DynamoDbException unused = assertThrows(DynamoDbException.class, () -> local.client.updateItem(b -> b.tableName("cases")
                .key(key(1)).updateExpression("SET a = :v").expressionAttributeValues(Map.of(":v", n("5"), ":x", n("6")))));
        assertTrue(unused.awsErrorDetails().errorMessage().contains("unused in expressions"));
    }

    @Test
    void queryWalksOnePartitionInSortOrderWithFilterProjectionAndPages() {
        QueryResponse between = local.client.query(b -> b.tableName("cases").keyConditionExpression("pk = :p AND sk BETWEEN :a AND :b")
                .expressionAttributeValues(Map.of(":p", s("team-a"), ":a", n("3"), ":b", n("10"))).scanIndexForward(false)
                .filterExpression("#s = :open").expressionAttributeNames(Map.of("#s", "status", "#n", "note"))
                .expressionAttributeValues(Map.of(":p", s("team-a"), ":a", n("3"), ":b", n("10"), ":open", s("open")))
                .projectionExpression("sk, #n"));
        assertEquals(List.of("10", "8", "7", "5", "4"), between.items().stream().map(i -> i.get("sk").n()).toList());
        assertEquals(8, between.scannedCount());
        assertEquals(2, between.items().get(0).size());

        List<String> paged = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            var from = start;
            QueryResponse page = local.client.query(b -> b.tableName("cases").keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("team-a"))).limit(5).exclusiveStartKey(from));
            page.items().forEach(i -> paged.add(i.get("sk").n()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        assertEquals(12, paged.size());
        assertEquals("12", paged.get(11));

        QueryResponse count = local.client.query(b -> b.tableName("cases").keyConditionExpression("pk = :p AND sk > :s")
                .expressionAttributeValues(Map.of(":p", s("team-a"), ":s", n("6"))).select(Select.COUNT));
        assertEquals(6, count.count());
        assertFalse(count.hasItems());
    }

    @Test
    void indexesAreQueriedWithTheirOwnKeysAndProjections() {
        QueryResponse closed = local.client.query(b -> b.tableName("cases").indexName("byStatus")
                .keyConditionExpression("#s = :c").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":c", s("closed"))));
        assertEquals(List.of("3", "6", "9", "12"), closed.items().stream().map(i -> i.get("sk").n()).toList());
        assertFalse(closed.items().get(0).containsKey("note"), "KEYS_ONLY projection");
        ConsumedCapacity consumed = local.client.query(b -> b.tableName("cases").indexName("byStatus")
                .keyConditionExpression("#s = :c").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":c", s("closed"))).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
        assertEquals("cases", consumed.tableName());
        assertTrue(consumed.globalSecondaryIndexes().get("byStatus").capacityUnits() > 0);
        QueryResponse cheapest = local.client.query(b -> b.tableName("cases").indexName("byAmount")
                .keyConditionExpression("pk = :p AND amount < :max").expressionAttributeValues(Map.of(":p", s("team-a"), ":max", n("91"))));
        assertEquals(List.of("88", "89", "90"), cheapest.items().stream().map(i -> i.get("amount").n()).toList());
        DynamoDbException missing = assertThrows(DynamoDbException.class, () -> local.client.query(b -> b.tableName("cases")
                .keyConditionExpression("sk = :v").expressionAttributeValues(Map.of(":v", n("1")))));
        assertEquals("Query condition missed key schema element: pk", missing.awsErrorDetails().errorMessage());
        DynamoDbException keyFilter = assertThrows(DynamoDbException.class, () -> local.client.query(b -> b.tableName("cases")
                .keyConditionExpression("pk = :p").filterExpression("sk > :v").expressionAttributeValues(Map.of(":p", s("team-a"), ":v", n("1")))));
        assertEquals("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk",
                keyFilter.awsErrorDetails().errorMessage());
        DynamoDbException consistentGsi = assertThrows(DynamoDbException.class, () -> local.client.query(b -> b.tableName("cases")
                .indexName("byStatus").consistentRead(true).keyConditionExpression("#s = :c").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":c", s("closed")))));
        assertEquals("Consistent reads are not supported on global secondary indexes", consistentGsi.awsErrorDetails().errorMessage());
        DynamoDbException badStart = assertThrows(DynamoDbException.class, () -> local.client.scan(b -> b.tableName("cases")
                .exclusiveStartKey(Map.of("pk", s("team-a")))));
        assertTrue(badStart.awsErrorDetails().errorMessage().startsWith("The provided starting key is invalid"));
    }

    @Test
    void aFailedTransactionWritesNothingAndExplainsEachAction() {
        TransactionCanceledException e = assertThrows(TransactionCanceledException.class, () -> local.client.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().update(u -> u.tableName("cases").key(key(1)).updateExpression("SET note = :x")
                        .expressionAttributeValues(Map.of(":x", s("changed")))).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName("cases").key(key(2)).conditionExpression("amount > :big")
                        .expressionAttributeValues(Map.of(":big", n("1000")))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build())));
        assertEquals(List.of("None", "ConditionalCheckFailed"), e.cancellationReasons().stream().map(CancellationReason::code).toList());
        assertEquals("98", e.cancellationReasons().get(1).item().get("amount").n());
        assertEquals("n1", local.client.getItem(b -> b.tableName("cases").key(key(1))).item().get("note").s());
    }

    @Test
    void legacyParametersStillWork() {
        local.client.putItem(b -> b.tableName("cases").item(Map.of("pk", s("team-b"), "sk", n("1"), "v", n("1")))
                .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build())));
        assertThrows(ConditionalCheckFailedException.class, () -> local.client.putItem(b -> b.tableName("cases")
                .item(Map.of("pk", s("team-b"), "sk", n("1"))).expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build()))));
        local.client.updateItem(b -> b.tableName("cases").key(Map.of("pk", s("team-b"), "sk", n("1")))
                .attributeUpdates(Map.of("v", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n("4")).build())));
        QueryResponse q = local.client.query(b -> b.tableName("cases").keyConditions(Map.of("pk", Condition.builder()
                .comparisonOperator(ComparisonOperator.EQ).attributeValueList(s("team-b")).build())).attributesToGet("v"));
        assertEquals(List.of(Map.of("v", n("5"))), q.items());
    }
}
