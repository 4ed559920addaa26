package nl.doorbraak.localcloud.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** {@code Parallel}: runs every branch on the same input; the result is the array of branch outputs. */
public record ParallelState(Common common, List<StateMachineDefinition.Branch> branches, JsonNode parameters,
                            JsonNode arguments, JsonNode resultSelector, String resultPath, List<Retrier> retry,
                            List<Catcher> catchers) implements State, Recoverable {}
