package nl.doorbraak.localcloud.stepfunctions.engine;

import nl.doorbraak.localcloud.clock.EngineClock;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Wakes executions when their timers are due on the {@link EngineClock}. The due times themselves live in the
 * persisted frames; this queue is rebuilt from them after a restart. Advancing the clock fires due timers at once,
 * in the advancing thread, so {@code POST /_localcloud/clock} answers after they ran.
 */
public final class TimerService implements TimerSink, AutoCloseable {
    /** One scheduled wake-up. */
    public record Timer(long dueAt, String executionArn, String frameId, long seq) {}

    private final EngineClock clock;
    private final Consumer<Timer> onDue;
    private final PriorityQueue<Timer> queue = new PriorityQueue<>((a, b) -> Long.compare(a.dueAt(), b.dueAt()));
    private final Thread thread;
    private volatile boolean closed;

    public TimerService(EngineClock clock, Consumer<Timer> onDue) {
        this.clock = clock;
        this.onDue = onDue;
        this.thread = Thread.ofPlatform().daemon().name("sfn-timers").unstarted(this::loop);
        clock.onAdvance(this::fireDue);
    }

    public void start() { thread.start(); }

    @Override
    public void schedule(String executionArn, String frameId, long timerSeq, long dueAtMillis) {
        synchronized (queue) {
            queue.add(new Timer(dueAtMillis, executionArn, frameId, timerSeq));
            queue.notifyAll();
        }
    }

    /** Fires every timer that is due now, in the calling thread. */
    public void fireDue() {
        for (Timer t : takeDue()) onDue.accept(t);
    }

    private List<Timer> takeDue() {
        List<Timer> due = new ArrayList<>();
        synchronized (queue) {
            long now = clock.millis();
            while (!queue.isEmpty() && queue.peek().dueAt() <= now) due.add(queue.poll());
        }
        return due;
    }

    private void loop() {
        while (!closed) {
            try {
                synchronized (queue) {
                    long wait = queue.isEmpty() ? 1000 : Math.min(1000, queue.peek().dueAt() - clock.millis());
                    if (wait > 0) queue.wait(wait);
                }
                fireDue();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                System.err.println("Step Functions timer failed: " + e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
