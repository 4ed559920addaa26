package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import nl.doorbraak.localcloud.clock.EngineClock;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.asl.StateMachineDefinition;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.storage.SfnStore;
import nl.doorbraak.localcloud.stepfunctions.storage.StateMachineRecord;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The Step Functions engine without HTTP: starts, drives, persists and resumes executions; fires timers; takes
 * task callbacks. Each execution is driven under its own lock. StartExecution runs the execution inline up to its
 * first Task (so Pass/Choice machines finish before the call returns); tasks run on virtual threads.
 * Before a task is called the execution is saved, so after a crash the task runs again (at-least-once).
 */
public final class StepFunctionsEngine implements AutoCloseable {
    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "000000000000";
    /** Transitions one thread runs for an execution before it yields (and lets StartExecution answer). */
    static final int STEPS_PER_TURN = 2_000;

    private final EngineClock clock;
    private final SfnStore store;
    private final Interpreter interpreter;
    private final TimerService timers;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, CompletableFuture<Execution>> waiters = new ConcurrentHashMap<>();

    public StepFunctionsEngine(EngineClock clock, SfnStore store, LambdaInvoker lambda, AwsSdkCaller sdk) {
        this.clock = clock;
        this.store = store;
        clock.restoreOffset(store.clockOffset());
        this.timers = new TimerService(clock, this::onTimer);
        this.interpreter = new Interpreter(clock, new TaskRunner(lambda, sdk), timers);
        clock.onAdvance(() -> store.saveClockOffset(clock.offsetMillis()));
        recover();
        timers.start();
    }

    public EngineClock clock() { return clock; }

    public SfnStore store() { return store; }

    /** Re-arms timers and resumes runnable frames of executions that were running when the engine stopped. */
    private void recover() {
        for (Execution ex : store.executions()) {
            if (!ex.running()) continue;
            if (ex.deadlineAt > 0) timers.schedule(ex.executionArn, "", 0, ex.deadlineAt);
            boolean runnable = false;
            for (Frame f : ex.frames.values()) {
                long due = f.nextDeadline();
                if (due > 0) timers.schedule(ex.executionArn, f.id, f.timerSeq, due);
                if (f.phase == Phase.RUN) runnable = true;
            }
            if (runnable) executor.submit(() -> advance(ex, true));
        }
    }

    /** Starts an execution of {@code sm}; the caller has checked name reuse. */
    public Execution start(StateMachineRecord sm, StateMachineDefinition def, String arn, String name, String input, boolean sync) {
        Execution ex = new Execution();
        ex.executionArn = arn;
        ex.name = name;
        ex.stateMachineArn = sm.stateMachineArn();
        ex.stateMachineName = sm.name();
        ex.roleArn = sm.roleArn();
        ex.type = sm.type();
        ex.definition = sm.definition();
        ex.useDefinition(def);
        ex.input = input;
        CompletableFuture<Execution> done = sync ? new CompletableFuture<>() : null;
        if (sync) waiters.put(arn, done);
        ex.lock.lock();
        try {
            interpreter.start(ex);
            store.saveExecution(ex);
            advance(ex, sync);
        } finally {
            ex.lock.unlock();
        }
        if (sync) {
            try {
                return done.get(5, TimeUnit.MINUTES);
            } catch (Exception e) {
                return ex;
            } finally {
                waiters.remove(arn);
            }
        }
        return ex;
    }

    /** Drives the execution as far as it goes; tasks inline only when {@code inlineTasks}, else on a virtual thread. */
    void advance(Execution ex, boolean inlineTasks) {
        ex.lock.lock();
        try {
            while (true) {
                Interpreter.Stop stop = interpreter.drive(ex, true, STEPS_PER_TURN);
                if (stop == Interpreter.Stop.IDLE) break;
                store.saveExecution(ex);
                if (stop == Interpreter.Stop.BUDGET || !inlineTasks) {
                    executor.submit(() -> advance(ex, true));
                    return;
                }
                interpreter.stepOnce(ex);
            }
            store.saveExecution(ex);
            if (!ex.running()) {
                CompletableFuture<Execution> w = waiters.get(ex.executionArn);
                if (w != null) w.complete(ex);
            }
        } catch (RuntimeException e) {
            interpreter.endExecution(ex, "FAILED", "ExecutionFailed", "executionFailedEventDetails",
                    "States.Runtime", "Internal error in the local engine: " + e);
            store.saveExecution(ex);
            CompletableFuture<Execution> w = waiters.get(ex.executionArn);
            if (w != null) w.complete(ex);
        } finally {
            ex.lock.unlock();
        }
    }

    /**
     * A due timer: handled in the firing thread when the execution is free (so advancing the clock has effect before
     * the call returns), else on a virtual thread, so a long task call in one execution never holds up the timers
     * of the others.
     */
    private void onTimer(TimerService.Timer t) {
        Optional<Execution> found = store.execution(t.executionArn());
        if (found.isEmpty()) return;
        Execution ex = found.get();
        if (!ex.lock.tryLock()) {
            executor.submit(() -> {
                ex.lock.lock();
                fire(ex, t);
            });
            return;
        }
        fire(ex, t);
    }

    /** Called with the execution's lock held; releases it. */
    private void fire(Execution ex, TimerService.Timer t) {
        try {
            if (!ex.running()) return;
            interpreter.timerFired(ex, t.frameId(), t.seq());
            advance(ex, false);
        } finally {
            ex.lock.unlock();
        }
    }

    public Optional<Execution> execution(String arn) { return store.execution(arn); }

    public void stop(Execution ex, String error, String cause) {
        ex.lock.lock();
        try {
            if (!ex.running()) return;
            interpreter.endExecution(ex, "ABORTED", "ExecutionAborted", "executionAbortedEventDetails", error, cause);
            store.saveExecution(ex);
            CompletableFuture<Execution> w = waiters.get(ex.executionArn);
            if (w != null) w.complete(ex);
        } finally {
            ex.lock.unlock();
        }
    }

    public void sendTaskSuccess(String token, String output) {
        JsonNode parsed;
        try {
            parsed = Json.parse(output);
        } catch (IllegalArgumentException e) {
            throw new ApiError("InvalidOutput", "Invalid JSON: " + e.getMessage());
        }
        callback(token, parsed, null, false);
    }

    public void sendTaskFailure(String token, String error, String cause) {
        callback(token, null, new StatesError(error, cause), false);
    }

    public void sendTaskHeartbeat(String token) {
        callback(token, null, null, true);
    }

    private void callback(String token, JsonNode output, StatesError failure, boolean heartbeat) {
        TaskTokens.Ref ref = TaskTokens.parse(token);
        if (ref == null) throw new ApiError("InvalidToken", "Invalid Token: 'Invalid token'");
        Execution ex = store.execution(ref.executionArn()).orElseThrow(() ->
                new ApiError("TaskDoesNotExist", "Task does not exist anymore"));
        ex.lock.lock();
        try {
            if (!ex.running() || !interpreter.taskCallback(ex, ref.frameId(), token, output, failure, heartbeat)) {
                throw new ApiError("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
            }
            if (heartbeat) store.saveExecution(ex);
            else advance(ex, false);
        } finally {
            ex.lock.unlock();
        }
    }

    @Override
    public void close() {
        timers.close();
        executor.shutdownNow();
        store.close();
    }
}
