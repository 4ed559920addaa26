package nl.doorbraak.localcloud.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The execution environments of one function version: warm processes are reused (most recently used first, as
 * Lambda tends to), a busy function gets another process up to {@code maxConcurrency}, and requests beyond it wait
 * for a free one. Dead processes (timeout, crash) are dropped and replaced on demand.
 */
final class FunctionPool implements AutoCloseable {
    private final LambdaFunction function;
    private final WorkerLauncher launcher;
    private final ScheduledExecutorService timers;
    private final int maxConcurrency;
    private final Duration initTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private final Deque<FunctionWorker> idle = new ArrayDeque<>();
    private final List<FunctionWorker> all = new ArrayList<>();
    private int starting;
    private boolean closed;

    FunctionPool(LambdaFunction function, WorkerLauncher launcher, ScheduledExecutorService timers,
                 int maxConcurrency, Duration initTimeout) {
        this.function = function;
        this.launcher = launcher;
        this.timers = timers;
        this.maxConcurrency = maxConcurrency;
        this.initTimeout = initTimeout;
    }

    LambdaFunction function() {
        return function;
    }

    InvokeResult invoke(Invocation invocation) throws InterruptedException {
        FunctionWorker worker = acquire();
        try {
            return worker.invoke(invocation, initTimeout);
        } finally {
            release(worker);
        }
    }

    /** Live processes (busy or idle). */
    List<FunctionWorker> workers() {
        lock.lock();
        try {
            return List.copyOf(all);
        } finally {
            lock.unlock();
        }
    }

    private FunctionWorker acquire() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw new Closed();
                }
                while (!idle.isEmpty()) {
                    FunctionWorker worker = idle.pollFirst();
                    if (worker.alive()) {
                        return worker;
                    }
                    all.remove(worker);
                }
                all.removeIf(w -> !w.alive());
                if (all.size() + starting < maxConcurrency) {
                    starting++;
                    break;
                }
                freed.await();
            }
        } finally {
            lock.unlock();
        }
        FunctionWorker worker;
        try {
            worker = new FunctionWorker(function, launcher, timers);
        } catch (IOException e) {
            done(null);
            throw new UncheckedIOException("could not start a process for " + function.name(), e);
        } catch (RuntimeException e) {
            done(null);
            throw e;
        }
        done(worker);
        return worker;
    }

    private void done(FunctionWorker started) {
        lock.lock();
        try {
            starting--;
            if (started != null) {
                all.add(started);
            }
            freed.signal();
        } finally {
            lock.unlock();
        }
    }

    private void release(FunctionWorker worker) {
        boolean closeIt;
        lock.lock();
        try {
            closeIt = closed;
            if (!closeIt && worker.alive()) {
                idle.addFirst(worker);
            } else {
                all.remove(worker);
            }
            freed.signal();
        } finally {
            lock.unlock();
        }
        if (closeIt) {
            worker.close();
        }
    }

    /** Thrown to a request that waited on a pool that was closed meanwhile (code or configuration changed). */
    static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    /** Stops idle processes now; busy ones stop when their invocation ends. */
    @Override
    public void close() {
        List<FunctionWorker> stop;
        lock.lock();
        try {
            closed = true;
            stop = new ArrayList<>(idle);
            idle.clear();
            all.removeAll(stop);
            freed.signalAll();
        } finally {
            lock.unlock();
        }
        stop.parallelStream().forEach(FunctionWorker::close);
    }
}
