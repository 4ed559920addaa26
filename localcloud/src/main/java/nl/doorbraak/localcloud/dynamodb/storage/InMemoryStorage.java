package nl.doorbraak.localcloud.dynamodb.storage;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** No persistence: {@code --in-memory}. Everything is gone when the process ends. */
public final class InMemoryStorage implements Storage {
    @Override public void recover(Consumer<List<Mutation>> sink) {}
    @Override public Durable append(List<Mutation> commit) { return Durable.DONE; }
    @Override public void maybeCompact(Supplier<List<Mutation>> fullState) {}
    @Override public void close() {}
}
