package nl.doorbraak.localcloud.dynamodb.engine;

import nl.doorbraak.localcloud.dynamodb.DynamoDbError;
import nl.doorbraak.localcloud.dynamodb.storage.Mutation;
import nl.doorbraak.localcloud.dynamodb.storage.Storage;
import nl.doorbraak.localcloud.dynamodb.types.AttributeValue;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The DynamoDB engine's state: tables and their items, in memory, behind one read-write lock. Every write runs under
 * the exclusive lock and every read under the shared one, so each item's writes are linearizable and a transaction
 * is atomic and isolated against every other operation. Stored items are never mutated (updates copy), so a read may
 * render what it found after releasing the lock. A write collects its changes as {@link Mutation}s; the engine
 * applies them and appends them to the {@link Storage} under the lock (log order = apply order), then waits for durability outside the lock so that
 * concurrent writers share one fsync (group commit).
 */
public final class DynamoDbEngine implements AutoCloseable {
    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "000000000000";

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<String, Table> tables = new TreeMap<>();
    private final Storage storage;
    private final Clock clock;
    private final IdempotencyTokens tokens;

    public DynamoDbEngine(Storage storage, Clock clock) throws IOException {
        this.storage = storage;
        this.clock = clock;
        this.tokens = new IdempotencyTokens(clock);
        storage.recover(this::apply);
    }

    public Clock clock() { return clock; }

    public IdempotencyTokens tokens() { return tokens; }

    /** A read-only view used inside {@link #read} and {@link #write}. */
    public Table table(String name) {
        return tables.get(name);
    }

    /** The table, or ResourceNotFoundException as DynamoDB words it for data-plane operations. */
    public Table requireTable(String name) throws DynamoDbError {
        Table t = tables.get(name);
        if (t == null) throw DynamoDbError.resourceNotFound("Requested resource not found");
        return t;
    }

    /** The table, or ResourceNotFoundException as DynamoDB words it for control-plane operations. */
    public Table requireTableNamed(String name) throws DynamoDbError {
        Table t = tables.get(name);
        if (t == null) throw DynamoDbError.resourceNotFound("Requested resource not found: Table: " + name + " not found");
        return t;
    }

    public java.util.NavigableMap<String, Table> tables() { return tables; }

    public interface Action<T> {
        T run(Changes changes) throws DynamoDbError;
    }

    public interface ReadAction<T> {
        T run() throws DynamoDbError;
    }

    /** Changes collected by one write; applied together after the action returns without error. */
    public static final class Changes {
        private final List<Mutation> mutations = new ArrayList<>();

        public void defineTable(TableDef def) { mutations.add(new Mutation.DefineTable(def)); }
        public void dropTable(String name) { mutations.add(new Mutation.DropTable(name)); }
        public void put(String table, Map<String, AttributeValue> item) { mutations.add(new Mutation.PutItem(table, item)); }
        public void delete(String table, Map<String, AttributeValue> key) { mutations.add(new Mutation.DeleteItem(table, key)); }
        public boolean isEmpty() { return mutations.isEmpty(); }
    }

    /** Runs a read under the shared lock: reads run in parallel with each other, never with a write. */
    public <T> T read(ReadAction<T> action) throws DynamoDbError {
        lock.readLock().lock();
        try {
            return action.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a write: the action checks and collects changes; they are applied atomically, then made durable. */
    public <T> T write(Action<T> action) throws DynamoDbError {
        Storage.Durable durable;
        T result;
        lock.writeLock().lock();
        try {
            Changes changes = new Changes();
            result = action.run(changes);
            if (changes.isEmpty()) return result;
            List<Mutation> commit = List.copyOf(changes.mutations);
            commit.forEach(this::applyOne);
            durable = storage.append(commit);
            storage.maybeCompact(this::fullState);
        } finally {
            lock.writeLock().unlock();
        }
        try {
            durable.await();
        } catch (IOException e) {
            throw new DynamoDbError(500, "InternalServerError", "Internal server error: the write could not be made durable", null);
        }
        return result;
    }

    private void apply(List<Mutation> commit) {
        commit.forEach(this::applyOne);
    }

    private void applyOne(Mutation m) {
        switch (m) {
            case Mutation.DefineTable d -> {
                Table t = tables.get(d.def().name());
                if (t == null) tables.put(d.def().name(), new Table(d.def()));
                else t.redefine(d.def());
            }
            case Mutation.DropTable d -> tables.remove(d.table());
            case Mutation.PutItem p -> {
                Table t = tables.get(p.table());
                if (t != null) t.put(p.item());
            }
            case Mutation.DeleteItem d -> {
                Table t = tables.get(d.table());
                if (t != null) t.delete(PrimaryKey.of(t.def(), d.key()));
            }
        }
    }

    private List<Mutation> fullState() {
        List<Mutation> all = new ArrayList<>();
        for (Table t : tables.values()) {
            all.add(new Mutation.DefineTable(t.def()));
            for (Map<String, AttributeValue> item : t.items().values()) all.add(new Mutation.PutItem(t.def().name(), item));
        }
        return all;
    }

    @Override
    public void close() throws IOException {
        lock.writeLock().lock();
        try {
            storage.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
