package nl.doorbraak.localcloud.stepfunctions.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.doorbraak.localcloud.stepfunctions.asl.StateMachineDefinition;
import nl.doorbraak.localcloud.stepfunctions.dataflow.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An execution and everything needed to resume it: the definition it started with, its frames, its history.
 * Serialised whole to JSON by the durable store after each step.
 */
public final class Execution {
    public String executionArn;
    public String name;
    public String stateMachineArn;
    public String stateMachineName;
    public String roleArn;
    public String type = "STANDARD";
    public String definition;
    public String input;
    public String status = "RUNNING";
    public long startDate;
    public long stopDate;
    public String output;
    public String error;
    public String cause;
    /** The machine-level TimeoutSeconds deadline, or 0. */
    public long deadlineAt;
    public long timerSeq;
    public long frameSeq;
    public Map<String, Frame> frames = new LinkedHashMap<>();
    /** Appended by the driving thread under {@link #lock}; readers copy it while synchronized on the list itself. */
    public List<HistoryEvent> history = new ArrayList<>();

    @JsonIgnore
    private transient StateMachineDefinition parsed;
    @JsonIgnore
    private transient com.fasterxml.jackson.databind.JsonNode parsedInput;
    @JsonIgnore
    public final transient ReentrantLock lock = new ReentrantLock();

    @JsonIgnore
    public StateMachineDefinition parsedDefinition() {
        if (parsed == null) parsed = StateMachineDefinition.parse(Json.parse(definition));
        return parsed;
    }

    /** The execution input as JSON (parsed once; callers must not modify it). */
    @JsonIgnore
    public com.fasterxml.jackson.databind.JsonNode parsedInput() {
        if (parsedInput == null) parsedInput = Json.parse(input);
        return parsedInput;
    }

    public void useDefinition(StateMachineDefinition def) { this.parsed = def; }

    @JsonIgnore
    public boolean running() { return "RUNNING".equals(status); }

    @JsonIgnore
    public long lastEventId() { return history.isEmpty() ? 0 : history.get(history.size() - 1).id(); }
}
