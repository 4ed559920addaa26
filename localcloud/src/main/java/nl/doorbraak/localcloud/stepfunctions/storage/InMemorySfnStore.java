package nl.doorbraak.localcloud.stepfunctions.storage;

import nl.doorbraak.localcloud.stepfunctions.engine.Execution;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Keeps everything in memory (tests, {@code --in-memory}). */
public class InMemorySfnStore implements SfnStore {
    protected final Map<String, StateMachineRecord> machines = new ConcurrentSkipListMap<>();
    protected final Map<String, Execution> executions = new ConcurrentHashMap<>();
    private volatile long clockOffset;

    @Override public void putStateMachine(StateMachineRecord sm) { machines.put(sm.stateMachineArn(), sm); }
    @Override public Optional<StateMachineRecord> stateMachine(String arn) { return Optional.ofNullable(machines.get(arn)); }
    @Override public Collection<StateMachineRecord> stateMachines() { return machines.values(); }
    @Override public void deleteStateMachine(String arn) { machines.remove(arn); }
    @Override public void saveExecution(Execution ex) { executions.put(ex.executionArn, ex); }
    @Override public Optional<Execution> execution(String arn) { return Optional.ofNullable(executions.get(arn)); }
    @Override public Collection<Execution> executions() { return executions.values(); }
    @Override public void saveClockOffset(long offsetMillis) { clockOffset = offsetMillis; }
    @Override public long clockOffset() { return clockOffset; }
}
