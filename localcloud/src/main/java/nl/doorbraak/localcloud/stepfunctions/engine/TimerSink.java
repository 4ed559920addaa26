package nl.doorbraak.localcloud.stepfunctions.engine;

/** Where the interpreter registers durable timers (the frame keeps the due time; this only wakes the engine). */
@FunctionalInterface
public interface TimerSink {
    void schedule(String executionArn, String frameId, long timerSeq, long dueAtMillis);
}
