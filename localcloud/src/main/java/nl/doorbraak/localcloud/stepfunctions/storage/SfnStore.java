package nl.doorbraak.localcloud.stepfunctions.storage;

import nl.doorbraak.localcloud.stepfunctions.engine.Execution;

import java.util.Collection;
import java.util.Optional;

/**
 * Where state machines and executions live. The in-memory store keeps the live objects; the durable store also
 * writes each change to the data directory so a restarted engine finds definitions, executions (with their
 * frames, pending task tokens and timers) and the clock offset again.
 */
public interface SfnStore extends AutoCloseable {
    void putStateMachine(StateMachineRecord sm);

    Optional<StateMachineRecord> stateMachine(String arn);

    Collection<StateMachineRecord> stateMachines();

    void deleteStateMachine(String arn);

    /** Records the execution's current state (called after every drive segment and before calling out to a task). */
    void saveExecution(Execution ex);

    Optional<Execution> execution(String arn);

    Collection<Execution> executions();

    void saveClockOffset(long offsetMillis);

    long clockOffset();

    @Override
    default void close() {}
}
