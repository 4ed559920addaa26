package nl.doorbraak.localcloud.dynamodb.storage;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the engine's commits go. The engine keeps its state in memory; a storage makes commits durable and
 * gives them back in order on start. {@link #append} is called with the engine's write lock held, so log order
 * equals apply order; the caller releases the lock and then waits on the returned {@link Durable} before it
 * acknowledges the write to the client.
 */
public interface Storage extends AutoCloseable {

    /** Replays every persisted commit, oldest first. Called once, before the first append. */
    void recover(Consumer<List<Mutation>> sink) throws IOException;

    /** Queues a commit for durability. */
    Durable append(List<Mutation> commit);

    /**
     * Offers a compaction: when the storage wants one it calls {@code fullState} (still under the engine lock) to get
     * the whole state as mutations, and replaces its log by that snapshot.
     */
    void maybeCompact(Supplier<List<Mutation>> fullState);

    @Override
    void close() throws IOException;

    /** A handle on one queued commit. */
    interface Durable {
        Durable DONE = () -> {};

        /** Blocks until the commit is on stable storage; throws if it could not be written. */
        void await() throws IOException;
    }
}
