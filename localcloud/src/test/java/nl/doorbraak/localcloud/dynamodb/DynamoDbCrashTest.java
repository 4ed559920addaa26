package nl.doorbraak.localcloud.dynamodb;

import nl.doorbraak.localcloud.LocalCloudMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.n;
import static nl.doorbraak.localcloud.dynamodb.LocalDynamo.s;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Durability under kill -9: a child JVM runs the engine on a data directory while clients write to it; the child is
 * SIGKILLed mid-stream and restarted on the same directory. Every write that was acknowledged must be there, and no
 * transaction may be half applied.
 */
class DynamoDbCrashTest {

    @Test
    void acknowledgedWritesSurviveSigkillAndTransactionsAreAllOrNothing(@TempDir Path dataDir) throws Exception {
        Set<String> acknowledgedPuts = ConcurrentHashMap.newKeySet();
        Set<String> acknowledgedTransactions = ConcurrentHashMap.newKeySet();
        Set<String> attemptedTransactions = ConcurrentHashMap.newKeySet();

        Process first = startEngine(dataDir);
        try {
            String url = readyUrl(first);
            try (DynamoDbClient client = LocalDynamo.client(url)) {
                new LocalDynamoTables(client).create("crash", "pk");
                AtomicBoolean stop = new AtomicBoolean();
                CountDownLatch enough = new CountDownLatch(200);
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    int writer = w;
                    writers.add(Thread.ofPlatform().start(() -> {
                        for (int i = 0; !stop.get(); i++) {
                            String id = writer + "-" + i;
                            try {
                                if (i % 2 == 0) {
                                    client.putItem(b -> b.tableName("crash").item(Map.of("pk", s("put-" + id), "v", n(Integer.toString(writer)))));
                                    acknowledgedPuts.add("put-" + id);
                                } else {
                                    attemptedTransactions.add(id);
                                    client.transactWriteItems(b -> b.transactItems(
                                            TransactWriteItem.builder().put(p -> p.tableName("crash").item(Map.of("pk", s("tx-a-" + id)))).build(),
                                            TransactWriteItem.builder().put(p -> p.tableName("crash").item(Map.of("pk", s("tx-b-" + id)))).build()));
                                    acknowledgedTransactions.add(id);
                                }
                                enough.countDown();
                            } catch (RuntimeException e) {
                                return; // the engine is gone
                            }
                        }
                    }));
                }
                assertTrue(enough.await(60, TimeUnit.SECONDS), "writers made too little progress");
                first.destroyForcibly();
                first.waitFor(30, TimeUnit.SECONDS);
                stop.set(true);
                for (Thread t : writers) t.join(30_000);
            }
        } finally {
            first.destroyForcibly();
        }
        assertFalse(acknowledgedPuts.isEmpty());
        assertFalse(acknowledgedTransactions.isEmpty());

        Process second = startEngine(dataDir);
        try (DynamoDbClient client = LocalDynamo.client(readyUrl(second))) {
            for (String pk : acknowledgedPuts) {
                assertTrue(client.getItem(b -> b.tableName("crash").key(Map.of("pk", s(pk))).consistentRead(true)).hasItem(),
                        "acknowledged put lost: " + pk);
            }
            for (String id : attemptedTransactions) {
                boolean a = client.getItem(b -> b.tableName("crash").key(Map.of("pk", s("tx-a-" + id)))).hasItem();
                boolean bItem = client.getItem(b -> b.tableName("crash").key(Map.of("pk", s("tx-b-" + id)))).hasItem();
                assertEquals(a, bItem, "transaction half applied: " + id);
                if (acknowledgedTransactions.contains(id)) assertTrue(a, "acknowledged transaction lost: " + id);
            }
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
            second.destroyForcibly();
        }
    }

    private static Process startEngine(Path dataDir) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LocalCloudMain.class.getName(),
                "engine", "--aws-port", "0", "--data-dir", dataDir.toString())
                .redirectErrorStream(true).start();
    }

    private static String readyUrl(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            int at = line.indexOf("ready at ");
            if (at >= 0) {
                String rest = line.substring(at + 9);
                Thread.ofPlatform().daemon().start(() -> {
                    try {
                        while (r.readLine() != null) { /* drain */ }
                    } catch (Exception ignored) {
                        // the child was killed
                    }
                });
                return rest.split(" ")[0];
            }
        }
        throw new IllegalStateException("engine exited before it was ready");
    }

    /** Table creation on a bare client. */
    record LocalDynamoTables(DynamoDbClient client) {
        void create(String name, String hashKey) {
            client.createTable(b -> b.tableName(name)
                    .attributeDefinitions(d -> d.attributeName(hashKey).attributeType("S"))
                    .keySchema(k -> k.attributeName(hashKey).keyType("HASH"))
                    .billingMode("PAY_PER_REQUEST"));
        }
    }

}
