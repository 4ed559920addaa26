package nl.doorbraak.localcloud.dynamodb;

import nl.doorbraak.localcloud.clock.EngineClock;
import nl.doorbraak.localcloud.dynamodb.engine.DynamoDbEngine;
import nl.doorbraak.localcloud.dynamodb.engine.TtlSweeper;
import nl.doorbraak.localcloud.dynamodb.storage.InMemoryStorage;
import nl.doorbraak.localcloud.dynamodb.storage.Storage;
import nl.doorbraak.localcloud.dynamodb.storage.WalStorage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Wires the DynamoDB engine: storage (durable in {@code dataDir/dynamodb}, or in memory), engine, TTL sweeper, service. */
public final class DynamoDb implements AutoCloseable {
    private final DynamoDbEngine engine;
    private final DynamoDbService service;
    private final ScheduledExecutorService ttl;

    /** @param dataDir the data directory, or null for in-memory */
    public DynamoDb(Path dataDir, EngineClock clock) throws IOException {
        Storage storage = dataDir == null ? new InMemoryStorage() : new WalStorage(dataDir.resolve("dynamodb"));
        this.engine = new DynamoDbEngine(storage, clock);
        this.service = new DynamoDbService(engine);
        TtlSweeper sweeper = new TtlSweeper(engine);
        clock.onAdvance(sweeper::sweep);
        this.ttl = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("dynamodb-ttl").unstarted(r));
        ttl.scheduleWithFixedDelay(sweeper::sweep, 5, 5, TimeUnit.SECONDS);
    }

    public DynamoDbService service() { return service; }

    public DynamoDbEngine engine() { return engine; }

    @Override
    public void close() throws IOException {
        ttl.shutdownNow();
        engine.close();
    }
}
