package nl.doorbraak.localcloud.stepfunctions.engine;

/** Where a frame stands. Frames in {@link #RUN} are runnable; the others wait for a timer, a token or children. */
public enum Phase {
    /** Execute the current state (emitting its Entered event first if not yet done). */
    RUN,
    /** A Wait state: leave with {@code pendingOutput} when the timer fires. */
    WAIT_TIMER,
    /** Between retry attempts: run the state again when the timer fires. */
    RETRY_TIMER,
    /** A task waiting for SendTaskSuccess/Failure (with optional timeout/heartbeat timers). */
    TASK_TOKEN,
    /** A Parallel or Map state waiting for its branches or iterations. */
    CHILDREN,
    DONE,
    FAILED
}
