package nl.doorbraak.localcloud.dynamodb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.*;

import java.util.List;
import java.util.Map;

import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.n;
import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.s;
import static org.junit.jupiter.api.Assertions.*;

/** PartiQL through the SDK: ExecuteStatement, BatchExecuteStatement, ExecuteTransaction. */
class DynamoDbPartiqlTest {
    private LocalDynamo local;

    @BeforeEach
    void start() throws Exception {
        local = LocalDynamo.inMemory();
        local.createTable("notes", "pk", "sk", ScalarAttributeType.N);
    }

    @AfterEach
    void stop() throws Exception {
        local.close();
    }

    @Test
    void insertSelectUpdateDelete() {
        local.client.executeStatement(b -> b.statement("INSERT INTO \"notes\" VALUE {'pk': 'a', 'sk': 1, 'text': 'first', 'tags': <<'x', 'y'>>}"));
        local.client.executeStatement(b -> b.statement("INSERT INTO notes VALUE {'pk': ?, 'sk': ?, 'text': ?}")
                .parameters(s("a"), n("2"), s("second")));
        DuplicateItemException dup = assertThrows(DuplicateItemException.class, () ->
                local.client.executeStatement(b -> b.statement("INSERT INTO notes VALUE {'pk': 'a', 'sk': 1}")));
        assertNotNull(dup.awsErrorDetails().errorMessage());

        ExecuteStatementResponse sel = local.client.executeStatement(b -> b.statement("SELECT sk, text FROM notes WHERE pk = 'a' AND sk > 1"));
        assertEquals(List.of(Map.of("sk", n("2"), "text", s("second"))), sel.items());

        local.client.executeStatement(b -> b.statement("UPDATE notes SET text = 'changed' REMOVE tags WHERE pk = 'a' AND sk = 1"));
        Map<String, AttributeValue> item = local.client.getItem(b -> b.tableName("notes").key(Map.of("pk", s("a"), "sk", n("1")))).item();
        assertEquals("changed", item.get("text").s());
        assertFalse(item.containsKey("tags"));
        assertThrows(ConditionalCheckFailedException.class, () ->
                local.client.executeStatement(b -> b.statement("UPDATE notes SET text = 'x' WHERE pk = 'a' AND sk = 9")));

        local.client.executeStatement(b -> b.statement("DELETE FROM notes WHERE pk = 'a' AND sk = 2"));
        assertEquals(1, local.client.scan(b -> b.tableName("notes")).count());
        assertThrows(DynamoDbException.class, () -> local.client.executeStatement(b -> b.statement("SELEKT * FROM notes")));
        assertThrows(ResourceNotFoundException.class, () -> local.client.executeStatement(b -> b.statement("SELECT * FROM nothing WHERE pk = 'a'")));
    }

    @Test
    void batchReportsPerStatementAndTransactionIsAllOrNothing() {
        BatchExecuteStatementResponse batch = local.client.batchExecuteStatement(b -> b.statements(
                BatchStatementRequest.builder().statement("INSERT INTO notes VALUE {'pk': 'b', 'sk': 1}").build(),
                BatchStatementRequest.builder().statement("INSERT INTO notes VALUE {'pk': 'b', 'sk': 1}").build()));
        assertNull(batch.responses().get(0).error());
        assertEquals(BatchStatementErrorCodeEnum.DUPLICATE_ITEM, batch.responses().get(1).error().code());

        TransactionCanceledException e = assertThrows(TransactionCanceledException.class, () -> local.client.executeTransaction(b -> b.transactStatements(
                ParameterizedStatement.builder().statement("INSERT INTO notes VALUE {'pk': 'c', 'sk': 1}").build(),
                ParameterizedStatement.builder().statement("INSERT INTO notes VALUE {'pk': 'b', 'sk': 1}").build())));
        assertEquals(List.of("None", "DuplicateItem"), e.cancellationReasons().stream().map(CancellationReason::code).toList());
        assertFalse(local.client.getItem(b -> b.tableName("notes").key(Map.of("pk", s("c"), "sk", n("1")))).hasItem());

        local.client.executeTransaction(b -> b.transactStatements(
                ParameterizedStatement.builder().statement("INSERT INTO notes VALUE {'pk': 'c', 'sk': 1}").build(),
                ParameterizedStatement.builder().statement("UPDATE notes SET seen = true WHERE pk = 'b' AND sk = 1").build()));
        assertTrue(local.client.getItem(b -> b.tableName("notes").key(Map.of("pk", s("b"), "sk", n("1")))).item().get("seen").bool());

        TransactionCanceledException guarded = assertThrows(TransactionCanceledException.class, () -> local.client.executeTransaction(b -> b.transactStatements(
                ParameterizedStatement.builder().statement("EXISTS(SELECT * FROM notes WHERE pk = 'b' AND sk = 1 AND seen = false)").build(),
                ParameterizedStatement.builder().statement("DELETE FROM notes WHERE pk = 'c' AND sk = 1").build())));
        assertEquals("ConditionalCheckFailed", guarded.cancellationReasons().get(0).code());
        assertTrue(local.client.getItem(b -> b.tableName("notes").key(Map.of("pk", s("c"), "sk", n("1")))).hasItem());
    }

    @Test
    void missingAttributesAreFoundWithIsMissing() {
        local.client.executeStatement(b -> b.statement("INSERT INTO notes VALUE {'pk': 'd', 'sk': 1, 'done': true}"));
        local.client.executeStatement(b -> b.statement("INSERT INTO notes VALUE {'pk': 'd', 'sk': 2}"));
        assertEquals(List.of(n("2")), local.client.executeStatement(b -> b.statement("SELECT sk FROM notes WHERE pk = 'd' AND done IS MISSING"))
                .items().stream().map(i -> i.get("sk")).toList());
        assertEquals(List.of(n("1")), local.client.executeStatement(b -> b.statement("SELECT sk FROM notes WHERE pk = 'd' AND done IS NOT MISSING"))
                .items().stream().map(i -> i.get("sk")).toList());
    }
}
