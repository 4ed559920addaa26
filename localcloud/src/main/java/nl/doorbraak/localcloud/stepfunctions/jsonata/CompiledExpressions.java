package nl.doorbraak.localcloud.stepfunctions.jsonata;

import com.dashjoin.jsonata.Jsonata;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * A pool of compiled JSONata expressions by text. A compiled {@link Jsonata} keeps per-evaluation state in its
 * fields, so one instance serves one evaluation at a time: callers borrow an idle instance (or compile a new one)
 * and hand it back. Works with virtual threads, where a thread-local cache would compile every time.
 */
final class CompiledExpressions {
    private static final int MAX_EXPRESSIONS = 2048;
    private static final int MAX_IDLE_PER_EXPRESSION = 8;

    private final ConcurrentHashMap<String, Queue<Jsonata>> idle = new ConcurrentHashMap<>();

    /** Runs {@code use} with a compiled instance of {@code body}; parse errors propagate as the library's JException. */
    <T> T with(String body, Function<Jsonata, T> use) {
        if (idle.size() > MAX_EXPRESSIONS) idle.clear();
        Queue<Jsonata> instances = idle.computeIfAbsent(body, key -> new ConcurrentLinkedQueue<>());
        Jsonata compiled = instances.poll();
        if (compiled == null) compiled = Jsonata.jsonata(body);
        try {
            return use.apply(compiled);
        } finally {
            if (instances.size() < MAX_IDLE_PER_EXPRESSION) instances.offer(compiled);
        }
    }
}
