package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thread of control inside an execution: the top level, a Parallel branch or a Map iteration. A frame is plain
 * data (serialised to JSON with the execution), so an execution can be saved at any transition and resumed.
 */
public final class Frame {
    public String id;
    public String parentId;
    /** Branch id in the definition ("" = the machine, "S/0" = branch 0 of Parallel S, "S/p" = Map S's processor). */
    public String branchId;
    /** Position among the parent's children (branch or item index), -1 at the top. */
    public int index = -1;
    public String state;
    /** The raw input of the current state. */
    public JsonNode input;
    /** {@link #input} as JSON text when already rendered (the previous state's output); not persisted. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public transient String inputText;
    public Phase phase = Phase.RUN;
    public boolean entered;
    public long enteredEventId;
    public long lastEventId;
    public long enteredAt;
    /** This frame's variable scope (outer scopes are read through the parent frames). */
    public ObjectNode variables;
    /** Attempts used per retrier index of the current state. */
    public Map<Integer, Integer> retries = new LinkedHashMap<>();
    public int retryCount;

    // Timers and tasks.
    public long dueAt;
    public long timerSeq;
    public JsonNode pendingOutput;
    public String token;
    public long timeoutAt;
    public long heartbeatAt;
    public long heartbeatSeconds;
    /** History event type prefix of the running task (LambdaFunction or Task) and its resource names. */
    public String taskEventPrefix;
    public String resourceType;
    public String resourceName;

    // Parallel / Map bookkeeping.
    public List<String> children = new ArrayList<>();
    public JsonNode results;
    public JsonNode items;
    public JsonNode effectiveInput;
    public int nextItem;
    public int finished;
    public int failedItems;
    public int maxConcurrency;
    public int toleratedCount = -1;
    public double toleratedPercentage = -1;

    // Outcome.
    public JsonNode output;
    public String error;
    public String cause;

    public boolean waitingOnTimer() {
        return phase == Phase.WAIT_TIMER || phase == Phase.RETRY_TIMER
                || (phase == Phase.TASK_TOKEN && nextDeadline() > 0);
    }

    /** The earliest moment a timer of this frame fires, or 0. */
    public long nextDeadline() {
        return switch (phase) {
            case WAIT_TIMER, RETRY_TIMER -> dueAt;
            case TASK_TOKEN -> {
                long d = 0;
                if (timeoutAt > 0) d = timeoutAt;
                if (heartbeatAt > 0 && (d == 0 || heartbeatAt < d)) d = heartbeatAt;
                yield d;
            }
            default -> 0;
        };
    }
}
