package nl.doorbraak.localcloud.dynamodb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.n;
import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.s;
import static org.junit.jupiter.api.Assertions.*;

/**
 * No lost updates, no overdraft: 16 client threads each try 100 debits, each a TransactWriteItems of a conditional
 * decrement of one shared budget item plus a new ledger item. Afterwards the balance equals the start minus the sum of
 * the successful debits, it never went negative, and there is exactly one ledger item per successful debit.
 */
class DynamoDbConcurrencyTest {
    private static final int THREADS = 16;
    private static final int DEBITS_PER_THREAD = 100;
    private static final long START = 4_000;
    private LocalDynamo local;

    @BeforeEach
    void start() throws Exception {
        local = LocalDynamo.durable(java.nio.file.Files.createTempDirectory("doorbraak-concurrency"));
        local.createTable("budget", "pk", null, null);
        local.createTable("ledger", "pk", "sk", ScalarAttributeType.S);
        local.client.putItem(b -> b.tableName("budget").item(Map.of("pk", s("budget-1"), "balance", n(Long.toString(START)))));
    }

    @AfterEach
    void stop() throws Exception {
        local.close();
    }

    @Test
    void concurrentConditionalDebitsNeitherLoseUpdatesNorOverdraw() throws Exception {
        AtomicLong debitedSum = new AtomicLong();
        AtomicLong successes = new AtomicLong();
        AtomicLong refusals = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> {
                try (DynamoDbClient client = LocalDynamo.client(local.server.url())) {
                    for (int i = 0; i < DEBITS_PER_THREAD; i++) {
                        long amount = 1 + (thread * 7 + i) % 5;
                        String id = thread + "-" + i;
                        try {
                            client.transactWriteItems(b -> b.transactItems(
                                    TransactWriteItem.builder().update(u -> u.tableName("budget").key(Map.of("pk", s("budget-1")))
                                            .updateExpression("SET balance = balance - :amount")
                                            .conditionExpression("balance >= :amount")
                                            .expressionAttributeValues(Map.of(":amount", n(Long.toString(amount))))).build(),
                                    TransactWriteItem.builder().put(p -> p.tableName("ledger")
                                            .item(Map.of("pk", s("budget-1"), "sk", s(id), "amount", n(Long.toString(amount))))
                                            .conditionExpression("attribute_not_exists(pk)")).build()));
                            successes.incrementAndGet();
                            debitedSum.addAndGet(amount);
                        } catch (TransactionCanceledException e) {
                            assertEquals("ConditionalCheckFailed", e.cancellationReasons().get(0).code());
                            refusals.incrementAndGet();
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        // meanwhile a reader samples the balance: it must never be seen below zero
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        AtomicLong lowestSeen = new AtomicLong(Long.MAX_VALUE);
        AtomicLong samples = new AtomicLong();
        Thread sampler = Thread.ofPlatform().start(() -> {
            try (DynamoDbClient client = LocalDynamo.client(local.server.url())) {
                while (running.get()) {
                    long b = Long.parseLong(client.getItem(r -> r.tableName("budget").key(Map.of("pk", s("budget-1")))
                            .consistentRead(true)).item().get("balance").n());
                    lowestSeen.accumulateAndGet(b, Math::min);
                    samples.incrementAndGet();
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        for (Thread t : threads) t.join();
        running.set(false);
        sampler.join();
        assertEquals(List.of(), failures);
        assertTrue(samples.get() > 0);
        assertTrue(lowestSeen.get() >= 0, "a reader saw a negative balance: " + lowestSeen.get());
        assertEquals(THREADS * DEBITS_PER_THREAD, successes.get() + refusals.get());
        assertTrue(refusals.get() > 0, "the budget should run out: start is below the total asked");

        long balance = Long.parseLong(local.client.getItem(b -> b.tableName("budget").key(Map.of("pk", s("budget-1")))
                .consistentRead(true)).item().get("balance").n());
        assertEquals(START - debitedSum.get(), balance);
        assertTrue(balance >= 0, "balance went negative: " + balance);
        assertTrue(balance < 5, "refusals only happen when the balance is below the largest debit");

        long ledgerCount = 0;
        long ledgerSum = 0;
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> start = null;
        do {
            var from = start;
            ScanResponse page = local.client.scan(b -> b.tableName("ledger").exclusiveStartKey(from));
            ledgerCount += page.count();
            ledgerSum += page.items().stream().mapToLong(i -> Long.parseLong(i.get("amount").n())).sum();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        assertEquals(successes.get(), ledgerCount);
        assertEquals(debitedSum.get(), ledgerSum);
    }
}
