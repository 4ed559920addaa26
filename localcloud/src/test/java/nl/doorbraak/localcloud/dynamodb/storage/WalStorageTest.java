package nl.doorbraak.localcloud.dynamodb.storage;

import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.TableDef;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The write-ahead log on its own: recovery, a torn last frame, compaction into a snapshot. */
class WalStorageTest {
    private static final TableDef TABLE = new TableDef("t", "id", "arn:aws:dynamodb:us-east-1:000000000000:table/t", 0,
            Map.of("pk", "S"), "pk", null, List.of(), List.of(), "PAY_PER_REQUEST", 0, 0, Map.of(), null, false, false, null, false, null);

    private static DynamoDbEngine open(Path dir, long compactBytes) throws IOException {
        return new DynamoDbEngine(new WalStorage(dir, compactBytes), Clock.systemUTC());
    }

    private static void put(DynamoDbEngine e, String pk, String v) throws Exception {
        e.write(c -> {
            c.put("t", Map.of("pk", new AttributeValue.S(pk), "v", new AttributeValue.S(v)));
            return null;
        });
    }

    @Test
    void commitsAreReplayedAndATornTailIsCutOff(@TempDir Path dir) throws Exception {
        DynamoDbEngine e = open(dir, Long.MAX_VALUE);
        e.write(c -> { c.defineTable(TABLE); return null; });
        put(e, "a", "1");
        put(e, "b", "2");
        e.close();
        Path wal = dir.resolve("wal-0.log");
        long size = Files.size(wal);
        // a crash in the middle of writing the next frame leaves a partial frame behind
        Files.write(wal, new byte[]{0, 0, 1, 0, 42, 42, 42}, StandardOpenOption.APPEND);

        DynamoDbEngine again = open(dir, Long.MAX_VALUE);
        assertEquals(2, again.table("t").itemCount());
        assertEquals(size, Files.size(wal), "the torn frame is truncated away");
        put(again, "c", "3");
        again.close();
        assertEquals(3, open(dir, Long.MAX_VALUE).table("t").itemCount());
    }

    @Test
    void aGrowingLogIsCompactedIntoASnapshotWithoutLosingState(@TempDir Path dir) throws Exception {
        DynamoDbEngine e = open(dir, 2_000);
        e.write(c -> { c.defineTable(TABLE); return null; });
        for (int i = 0; i < 200; i++) put(e, "k" + (i % 50), "v" + i);
        e.close();
        try (var files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("snapshot-")), names.toString());
            assertEquals(2, names.size(), "old generations are deleted: " + names);
        }
        DynamoDbEngine again = open(dir, 2_000);
        assertEquals(50, again.table("t").itemCount());
        assertEquals(new AttributeValue.S("v199"), again.table("t").items().values().stream()
                .filter(i -> i.get("pk").equals(new AttributeValue.S("k49"))).findFirst().orElseThrow().get("v"));
        again.close();
    }
}
