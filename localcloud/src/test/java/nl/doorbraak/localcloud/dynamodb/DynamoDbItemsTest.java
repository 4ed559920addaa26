package nl.doorbraak.localcloud.dynamodb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.n;
import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.s;
import static org.junit.jupiter.api.Assertions.*;

/** Items through the SDK without expressions: put, get, delete, batches, scans, TransactGet, limits and errors. */
class DynamoDbItemsTest {
    private LocalDynamo local;

    @BeforeEach
    void start() throws Exception {
        local = LocalDynamo.inMemory();
        local.createTable("ledger", "pk", "sk", ScalarAttributeType.N);
        local.createTable("things", "pk", null, null);
    }

    @AfterEach
    void stop() throws Exception {
        local.close();
    }

    @Test
    void everyTypeRoundTripsAndNumbersAreNormalised() {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s("all-types"));
        item.put("n", n("001.500"));
        item.put("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[]{0, 1, (byte) 255})));
        item.put("bool", AttributeValue.fromBool(true));
        item.put("nul", AttributeValue.fromNul(true));
        item.put("m", AttributeValue.fromM(Map.of("inner", s("x"))));
        item.put("l", AttributeValue.fromL(List.of(n("1"), s("two"))));
        item.put("ss", AttributeValue.fromSs(List.of("a", "b")));
        item.put("ns", AttributeValue.fromNs(List.of("1", "2.50")));
        item.put("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("z"))));
        local.client.putItem(b -> b.tableName("things").item(item));
        Map<String, AttributeValue> got = local.client.getItem(b -> b.tableName("things").key(Map.of("pk", s("all-types")))).item();
        assertEquals("1.5", got.get("n").n());
        assertArrayEquals(new byte[]{0, 1, (byte) 255}, got.get("b").b().asByteArray());
        assertEquals(Set.of("1", "2.5"), new HashSet<>(got.get("ns").ns()));
        assertEquals(item.get("m"), got.get("m"));
        assertEquals(item.get("l").l().get(1), got.get("l").l().get(1));
        assertTrue(got.get("nul").nul());
    }

    @Test
    void putReplacesAndReturnsTheOldItemDeleteRemoves() {
        local.client.putItem(b -> b.tableName("things").item(Map.of("pk", s("k"), "v", s("one"))));
        PutItemResponse r = local.client.putItem(b -> b.tableName("things").item(Map.of("pk", s("k"), "v", s("two")))
                .returnValues(ReturnValue.ALL_OLD));
        assertEquals("one", r.attributes().get("v").s());
        DeleteItemResponse d = local.client.deleteItem(b -> b.tableName("things").key(Map.of("pk", s("k"))).returnValues(ReturnValue.ALL_OLD));
        assertEquals("two", d.attributes().get("v").s());
        assertFalse(local.client.getItem(b -> b.tableName("things").key(Map.of("pk", s("k")))).hasItem());
    }

    @Test
    void keysMustMatchTheSchema() {
        DynamoDbException wrongKey = assertThrows(DynamoDbException.class,
                () -> local.client.getItem(b -> b.tableName("things").key(Map.of("other", s("x")))));
        assertEquals("The provided key element does not match the schema", wrongKey.awsErrorDetails().errorMessage());
        DynamoDbException missing = assertThrows(DynamoDbException.class,
                () -> local.client.putItem(b -> b.tableName("ledger").item(Map.of("pk", s("x")))));
        assertEquals("One or more parameter values were invalid: Missing the key sk in the item", missing.awsErrorDetails().errorMessage());
        DynamoDbException type = assertThrows(DynamoDbException.class,
                () -> local.client.putItem(b -> b.tableName("ledger").item(Map.of("pk", s("x"), "sk", s("not-a-number")))));
        assertEquals("One or more parameter values were invalid: Type mismatch for key sk expected: N actual: S", type.awsErrorDetails().errorMessage());
        assertThrows(ResourceNotFoundException.class, () -> local.client.putItem(b -> b.tableName("nope").item(Map.of("pk", s("x")))));
    }

    @Test
    void itemsOver400KbAndOverlongKeysAreRefused() {
        String big = "x".repeat(400 * 1024);
        DynamoDbException tooBig = assertThrows(DynamoDbException.class,
                () -> local.client.putItem(b -> b.tableName("things").item(Map.of("pk", s("big"), "v", s(big)))));
        assertEquals("Item size has exceeded the maximum allowed size", tooBig.awsErrorDetails().errorMessage());
        DynamoDbException longKey = assertThrows(DynamoDbException.class,
                () -> local.client.putItem(b -> b.tableName("things").item(Map.of("pk", s("k".repeat(2049))))));
        assertTrue(longKey.awsErrorDetails().errorMessage().contains("2048 bytes"));
        local.client.putItem(b -> b.tableName("things").item(Map.of("pk", s("fits"), "v", s("x".repeat(390 * 1024)))));
    }

    @Test
    void documentsNestDeeperThan32LevelsAreRefused() {
        AttributeValue deep = s("leaf");
        for (int i = 0; i < 32; i++) deep = AttributeValue.fromM(Map.of("m", deep));
        AttributeValue ok = deep;
        local.client.putItem(b -> b.tableName("things").item(Map.of("pk", s("deep"), "d", ok)));
        AttributeValue tooDeep = AttributeValue.fromL(List.of(deep));
        DynamoDbException e = assertThrows(DynamoDbException.class,
                () -> local.client.putItem(b -> b.tableName("things").item(Map.of("pk", s("deeper"), "d", tooDeep))));
        assertEquals("Nesting Levels have exceeded supported limits", e.awsErrorDetails().errorMessage());
    }

    @Test
    void invalidValuesAreRefusedWithDynamoDbWording() {
        DynamoDbException dup = assertThrows(DynamoDbException.class,
                () -> local.client.putItem(b -> b.tableName("things").item(Map.of("pk", s("x"), "ss", AttributeValue.fromSs(List.of("a", "a"))))));
        assertEquals("One or more parameter values were invalid: Input collection [a, a] contains duplicates.", dup.awsErrorDetails().errorMessage());
        DynamoDbException digits = assertThrows(DynamoDbException.class,
                () -> local.client.putItem(b -> b.tableName("things").item(Map.of("pk", s("x"), "n", n("1".repeat(39))))));
        assertTrue(digits.awsErrorDetails().errorMessage().contains("38 significant digits"));
    }

    @Test
    void batchWriteThenBatchGetAndScanWithPagination() {
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String sk = Integer.toString(i);
            writes.add(WriteRequest.builder().putRequest(p -> p.item(Map.of("pk", s("p"), "sk", n(sk)))).build());
        }
        BatchWriteItemResponse w = local.client.batchWriteItem(b -> b.requestItems(Map.of("ledger", writes)));
        assertTrue(w.unprocessedItems().isEmpty());
        BatchGetItemResponse g = local.client.batchGetItem(b -> b.requestItems(Map.of("ledger", KeysAndAttributes.builder()
                .keys(Map.of("pk", s("p"), "sk", n("3")), Map.of("pk", s("p"), "sk", n("17")), Map.of("pk", s("p"), "sk", n("99"))).build())));
        assertEquals(2, g.responses().get("ledger").size());

        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = local.client.scan(b -> b.tableName("ledger").limit(7).exclusiveStartKey(from));
            page.items().forEach(i -> seen.add(i.get("sk").n()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);
        assertEquals(20, seen.size());
        assertEquals(20, new HashSet<>(seen).size());
        assertTrue(pages >= 3);
        // numbers order numerically, not as text
        assertEquals(List.of("0", "1", "2", "3"), seen.subList(0, 4));
        assertEquals("10", seen.get(10));
    }

    @Test
    void parallelScanSegmentsPartitionTheTable() {
        for (int i = 0; i < 50; i++) {
            int k = i;
            local.client.putItem(b -> b.tableName("things").item(Map.of("pk", s("item-" + k))));
        }
        Set<String> union = new HashSet<>();
        int total = 0;
        for (int segment = 0; segment < 4; segment++) {
            int seg = segment;
            List<Map<String, AttributeValue>> items = local.client.scan(b -> b.tableName("things").segment(seg).totalSegments(4)).items();
            total += items.size();
            items.forEach(i -> union.add(i.get("pk").s()));
        }
        assertEquals(50, total);
        assertEquals(50, union.size());
        DynamoDbException bad = assertThrows(DynamoDbException.class, () -> local.client.scan(b -> b.tableName("things").segment(4).totalSegments(4)));
        assertTrue(bad.awsErrorDetails().errorMessage().contains("Segment"));
    }

    @Test
    void batchWriteRefusesDuplicateKeysAndTooManyRequests() {
        DynamoDbException dup = assertThrows(DynamoDbException.class, () -> local.client.batchWriteItem(b -> b.requestItems(Map.of("things", List.of(
                WriteRequest.builder().putRequest(p -> p.item(Map.of("pk", s("d")))).build(),
                WriteRequest.builder().deleteRequest(p -> p.key(Map.of("pk", s("d")))).build())))));
        assertEquals("Provided list of item keys contains duplicates", dup.awsErrorDetails().errorMessage());
        List<WriteRequest> many = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            int k = i;
            many.add(WriteRequest.builder().putRequest(p -> p.item(Map.of("pk", s("m" + k)))).build());
        }
        assertThrows(DynamoDbException.class, () -> local.client.batchWriteItem(b -> b.requestItems(Map.of("things", many))));
        assertEquals(0, local.client.scan(b -> b.tableName("things")).count());
    }

    @Test
    void transactGetReadsSeveralItemsAndUnconditionalTransactWritesAllOfThem() {
        local.client.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("things").item(Map.of("pk", s("a"), "v", n("1")))).build(),
                TransactWriteItem.builder().put(p -> p.tableName("ledger").item(Map.of("pk", s("a"), "sk", n("1")))).build()));
        TransactGetItemsResponse r = local.client.transactGetItems(b -> b.transactItems(
                TransactGetItem.builder().get(g -> g.tableName("things").key(Map.of("pk", s("a")))).build(),
                TransactGetItem.builder().get(g -> g.tableName("things").key(Map.of("pk", s("missing")))).build(),
                TransactGetItem.builder().get(g -> g.tableName("ledger").key(Map.of("pk", s("a"), "sk", n("1")))).build()));
        assertEquals("1", r.responses().get(0).item().get("v").n());
        assertFalse(r.responses().get(1).hasItem());
        assertTrue(r.responses().get(2).hasItem());
        DynamoDbException twice = assertThrows(DynamoDbException.class, () -> local.client.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("things").item(Map.of("pk", s("b")))).build(),
                TransactWriteItem.builder().delete(p -> p.tableName("things").key(Map.of("pk", s("b")))).build())));
        assertEquals("Transaction request cannot include multiple operations on one item", twice.awsErrorDetails().errorMessage());
    }

    @Test
    void clientRequestTokenMakesARepeatANoOp() {
        TransactWriteItem put = TransactWriteItem.builder().put(p -> p.tableName("things").item(Map.of("pk", s("once"), "v", n("1")))).build();
        local.client.transactWriteItems(b -> b.clientRequestToken("token-1").transactItems(put));
        local.client.putItem(b -> b.tableName("things").item(Map.of("pk", s("once"), "v", n("2"))));
        local.client.transactWriteItems(b -> b.clientRequestToken("token-1").transactItems(put));
        assertEquals("2", local.client.getItem(b -> b.tableName("things").key(Map.of("pk", s("once")))).item().get("v").n());
        TransactWriteItem other = TransactWriteItem.builder().put(p -> p.tableName("things").item(Map.of("pk", s("other")))).build();
        assertThrows(IdempotentParameterMismatchException.class,
                () -> local.client.transactWriteItems(b -> b.clientRequestToken("token-1").transactItems(other)));
    }
}
