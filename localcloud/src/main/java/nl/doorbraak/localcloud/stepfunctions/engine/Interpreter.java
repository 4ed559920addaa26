package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.localcloud.stepfunctions.StatesError;
import nl.doorbraak.localcloud.stepfunctions.asl.Catcher;
import nl.doorbraak.localcloud.stepfunctions.asl.ChoiceState;
import nl.doorbraak.localcloud.stepfunctions.asl.FailState;
import nl.doorbraak.localcloud.stepfunctions.asl.MapState;
import nl.doorbraak.localcloud.stepfunctions.asl.ParallelState;
import nl.doorbraak.localcloud.stepfunctions.asl.PassState;
import nl.doorbraak.localcloud.stepfunctions.asl.Recoverable;
import nl.doorbraak.localcloud.stepfunctions.asl.Retrier;
import nl.doorbraak.localcloud.stepfunctions.asl.State;
import nl.doorbraak.localcloud.stepfunctions.asl.StateMachineDefinition;
import nl.doorbraak.localcloud.stepfunctions.asl.SucceedState;
import nl.doorbraak.localcloud.stepfunctions.asl.TaskState;
import nl.doorbraak.localcloud.stepfunctions.asl.WaitState;
import nl.doorbraak.localcloud.stepfunctions.dataflow.DataLimit;
import nl.doorbraak.localcloud.stepfunctions.dataflow.ErrorMatcher;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;
import nl.doorbraak.localcloud.stepfunctions.dataflow.ResultPath;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs executions one transition at a time over their frames. Everything it changes lives in the {@link Execution},
 * so the caller can persist it after {@link #drive} and resume it later (timers, task tokens, restarts).
 */
public final class Interpreter {
    final Clock clock;
    final TaskRunner tasks;
    final TimerSink timers;

    public Interpreter(Clock clock, TaskRunner tasks, TimerSink timers) {
        this.clock = clock;
        this.tasks = tasks;
        this.timers = timers;
    }

    /** Records ExecutionStarted and creates the top frame. */
    public void start(Execution ex) {
        long now = clock.millis();
        ex.startDate = now;
        History.add(ex, null, now, "ExecutionStarted", "executionStartedEventDetails",
                History.textDetails("input", ex.input, "inputDetails", "roleArn", ex.roleArn));
        StateMachineDefinition def = ex.parsedDefinition();
        Frame root = newFrame(ex, null, "", def.root().startAt(), Json.parse(ex.input), -1);
        root.lastEventId = 1;
        if (def.timeoutSeconds() != null && def.timeoutSeconds() > 0) {
            ex.deadlineAt = now + def.timeoutSeconds() * 1000;
            timers.schedule(ex.executionArn, "", 0, ex.deadlineAt);
        }
    }

    Frame newFrame(Execution ex, Frame parent, String branchId, String state, JsonNode input, int index) {
        Frame f = new Frame();
        f.id = "f" + (++ex.frameSeq);
        f.parentId = parent == null ? null : parent.id;
        f.branchId = branchId;
        f.state = state;
        f.input = input;
        f.index = index;
        f.variables = Json.object();
        f.lastEventId = parent == null ? 0 : parent.lastEventId;
        ex.frames.put(f.id, f);
        return f;
    }

    /** Why {@link #drive} returned. */
    public enum Stop { IDLE, BEFORE_TASK, BUDGET }

    /** AWS fails an execution whose history would grow past 25,000 events. */
    public static final int MAX_HISTORY_EVENTS = 25_000;

    /**
     * Runs runnable frames until the execution ends or only waits remain ({@link Stop#IDLE}); with
     * {@code stopBeforeTask} it stops when the next step would call a task resource, so the caller can checkpoint
     * first; after {@code maxSteps} steps it yields ({@link Stop#BUDGET}), so a looping machine cannot hold a thread.
     */
    public Stop drive(Execution ex, boolean stopBeforeTask, int maxSteps) {
        int steps = 0;
        while (ex.running()) {
            Frame next = nextRunnable(ex);
            if (next == null) return Stop.IDLE;
            if (stopBeforeTask && stateOf(ex, next) instanceof TaskState) return Stop.BEFORE_TASK;
            if (steps++ >= maxSteps) return Stop.BUDGET;
            if (ex.history.size() >= MAX_HISTORY_EVENTS) {
                endExecution(ex, "FAILED", "ExecutionFailed", "executionFailedEventDetails", "States.Runtime",
                        "The execution reached the maximum number of history events (" + MAX_HISTORY_EVENTS + ").");
                return Stop.IDLE;
            }
            step(ex, next);
        }
        return Stop.IDLE;
    }

    /** Runs exactly one step of the next runnable frame (if any). */
    public void stepOnce(Execution ex) {
        Frame next = ex.running() ? nextRunnable(ex) : null;
        if (next != null) step(ex, next);
    }

    private static Frame nextRunnable(Execution ex) {
        for (Frame f : ex.frames.values()) {
            if (f.phase == Phase.RUN) return f;
        }
        return null;
    }

    State stateOf(Execution ex, Frame f) {
        return ex.parsedDefinition().branch(f.branchId).state(f.state);
    }

    private void step(Execution ex, Frame f) {
        State s = stateOf(ex, f);
        StepRun run = new StepRun(this, ex, f, s);
        try {
            if (!f.entered) enter(ex, f, s);
            switch (s) {
                case PassState p -> PassStep.run(run, p);
                case ChoiceState c -> ChoiceStep.run(run, c);
                case WaitState w -> WaitStep.run(run, w);
                case SucceedState ok -> run.exit(run.simpleOutput(), null);
                case FailState fail -> FailStep.run(run, fail);
                case TaskState t -> TaskStep.run(run, t);
                case ParallelState p -> ForkStep.parallel(run, p);
                case MapState m -> ForkStep.map(run, m);
            }
        } catch (StatesError e) {
            handleError(ex, f, s, e);
        }
    }

    private void enter(Execution ex, Frame f, State s) {
        long now = clock.millis();
        f.entered = true;
        f.enteredAt = now;
        f.retries.clear();
        f.retryCount = 0;
        String inputText = f.inputText != null ? f.inputText : f.input == null ? "null" : Json.write(f.input);
        f.inputText = null;
        f.enteredEventId = History.add(ex, f, now, s.eventPrefix() + "StateEntered", "stateEnteredEventDetails",
                History.textDetails("input", inputText, "inputDetails", "name", s.name()));
    }

    /** Leaves the current state: Exited event, then the next state or the end of the frame. */
    void exit(Execution ex, Frame f, State s, JsonNode output, String next) {
        String outputText = output == null ? "null" : Json.write(output);
        DataLimit.checkStateOutput(s.name(), outputText);
        History.add(ex, f, clock.millis(), s.eventPrefix() + "StateExited", "stateExitedEventDetails",
                History.textDetails("output", outputText, "outputDetails", "name", s.name()));
        if (next != null) {
            f.state = next;
            f.input = output;
            f.inputText = outputText;
            f.entered = false;
            f.phase = Phase.RUN;
            f.pendingOutput = null;
        } else {
            f.output = output;
            f.phase = Phase.DONE;
            finished(ex, f);
        }
    }

    /** An error raised while running state {@code s}: retry, catch or fail the frame, as AWS does. */
    void handleError(Execution ex, Frame f, State s, StatesError raw) {
        StatesError e = withStatePrefix(raw, s, f);
        if (s instanceof Recoverable r) {
            boolean task = s instanceof TaskState;
            List<Retrier> retriers = r.retry();
            for (int i = 0; i < retriers.size(); i++) {
                Retrier retrier = retriers.get(i);
                if (!ErrorMatcher.matches(retrier.errorEquals(), e.error(), task)) continue;
                int used = f.retries.getOrDefault(i, 0);
                if (used < retrier.maxAttempts()) {
                    f.retries.put(i, used + 1);
                    f.retryCount++;
                    long delay = retryDelayMillis(retrier, used);
                    f.phase = delay <= 0 ? Phase.RUN : Phase.RETRY_TIMER;
                    if (delay > 0) schedule(ex, f, clock.millis() + delay);
                    return;
                }
                break;
            }
            for (Catcher c : r.catchers()) {
                if (!ErrorMatcher.matches(c.errorEquals(), e.error(), task)) continue;
                ObjectNode errorOutput = Json.object();
                if (e.error() != null) errorOutput.put("Error", e.error());
                if (e.cause() != null) errorOutput.put("Cause", e.cause());
                try {
                    StepRun run = new StepRun(this, ex, f, s);
                    JsonNode output;
                    if (s.common().jsonata()) {
                        JsonNode states = run.statesBinding(null, errorOutput);
                        var assigned = c.assign() == null ? null : run.jsonata(c.assign(), "Assign", states);
                        output = c.output() == null ? errorOutput : run.jsonata(c.output(), "Output", states);
                        run.commitAssign(assigned);
                    } else {
                        run.assignJsonPath(c.assign(), errorOutput);
                        output = ResultPath.apply(c.resultPath(), f.input, errorOutput);
                    }
                    exit(ex, f, s, output, c.next());
                } catch (StatesError again) {
                    failFrame(ex, f, withStatePrefix(again, s, f));
                }
                return;
            }
        }
        failFrame(ex, f, e);
    }

    private static long retryDelayMillis(Retrier r, int attempt) {
        double seconds = r.intervalSeconds() * Math.pow(r.backoffRate(), attempt);
        if (r.maxDelaySeconds() != null) seconds = Math.min(seconds, r.maxDelaySeconds());
        if (r.fullJitter()) seconds = ThreadLocalRandom.current().nextDouble() * seconds;
        return (long) (seconds * 1000);
    }

    static StatesError withStatePrefix(StatesError e, State s, Frame f) {
        boolean dataflow = "States.Runtime".equals(e.error()) || "States.QueryEvaluationError".equals(e.error());
        if (!dataflow || e.cause() == null || e.cause().startsWith("An error occurred while executing the state")) return e;
        return new StatesError(e.error(), "An error occurred while executing the state '" + s.name()
                + "' (entered at the event id #" + f.enteredEventId + "). " + e.cause());
    }

    void failFrame(Execution ex, Frame f, StatesError e) {
        f.error = e.error();
        f.cause = e.cause();
        f.phase = Phase.FAILED;
        finished(ex, f);
    }

    void schedule(Execution ex, Frame f, long dueAt) {
        f.dueAt = dueAt;
        f.timerSeq = ++ex.timerSeq;
        timers.schedule(ex.executionArn, f.id, f.timerSeq, dueAt);
    }

    /** A frame reached its end (DONE or FAILED): end the execution or report to the parent. */
    private void finished(Execution ex, Frame f) {
        if (f.parentId == null) {
            long now = clock.millis();
            ex.stopDate = now;
            if (f.phase == Phase.DONE) {
                ex.status = "SUCCEEDED";
                ex.output = Json.write(f.output);
                History.add(ex, f, now, "ExecutionSucceeded", "executionSucceededEventDetails",
                        History.payloadDetails("output", f.output, "outputDetails"));
            } else {
                ex.status = "FAILED";
                ex.error = f.error;
                ex.cause = f.cause;
                History.add(ex, f, now, "ExecutionFailed", "executionFailedEventDetails",
                        History.details("error", f.error, "cause", f.cause));
            }
            ex.frames.clear();
            return;
        }
        Frame parent = ex.frames.get(f.parentId);
        ex.frames.remove(f.id);
        if (parent == null || parent.phase != Phase.CHILDREN) return;
        ForkStep.childFinished(new StepRun(this, ex, parent, stateOf(ex, parent)), f);
    }

    /** Removes a frame and all its descendants (aborted branches and iterations). */
    void discard(Execution ex, Frame f) {
        for (String child : new ArrayList<>(f.children)) {
            Frame c = ex.frames.get(child);
            if (c != null) discard(ex, c);
        }
        ex.frames.remove(f.id);
    }

    // ---- external events ------------------------------------------------------------------------------------

    /** A timer fired for {@code frameId} (or the execution deadline when the id is empty). */
    public void timerFired(Execution ex, String frameId, long seq) {
        if (!ex.running()) return;
        long now = clock.millis();
        if (frameId.isEmpty()) {
            if (ex.deadlineAt > 0 && now >= ex.deadlineAt) endExecution(ex, "TIMED_OUT", "ExecutionTimedOut",
                    "executionTimedOutEventDetails", "States.Timeout", "Execution timed out.");
            return;
        }
        Frame f = ex.frames.get(frameId);
        if (f == null || f.timerSeq != seq) return;
        State s = stateOf(ex, f);
        switch (f.phase) {
            case WAIT_TIMER -> {
                if (now < f.dueAt) return;
                try {
                    exit(ex, f, s, f.pendingOutput, s.common().end() ? null : s.common().next());
                } catch (StatesError e) {
                    handleError(ex, f, s, e);
                }
            }
            case RETRY_TIMER -> {
                if (now >= f.dueAt) f.phase = Phase.RUN;
            }
            case TASK_TOKEN -> TaskStep.checkTimeouts(new StepRun(this, ex, f, s), now);
            default -> { }
        }
    }

    /** Ends a running execution from outside (StopExecution, machine timeout). */
    public void endExecution(Execution ex, String status, String eventType, String detailsKey, String error, String cause) {
        long now = clock.millis();
        ex.status = status;
        ex.stopDate = now;
        ex.error = error;
        ex.cause = cause;
        History.add(ex, null, now, eventType, detailsKey, History.details("error", error, "cause", cause));
        ex.frames.clear();
    }

    /** SendTaskSuccess/Failure/Heartbeat for the frame the token belongs to; false when no task waits on it. */
    public boolean taskCallback(Execution ex, String frameId, String token, JsonNode output, StatesError failure, boolean heartbeat) {
        Frame f = ex.frames.get(frameId);
        if (f == null || f.phase != Phase.TASK_TOKEN || !token.equals(f.token)) return false;
        StepRun run = new StepRun(this, ex, f, stateOf(ex, f));
        if (heartbeat) {
            TaskStep.heartbeat(run);
        } else if (failure != null) {
            TaskStep.tokenFailed(run, failure);
        } else {
            TaskStep.tokenSucceeded(run, output);
        }
        return true;
    }
}
