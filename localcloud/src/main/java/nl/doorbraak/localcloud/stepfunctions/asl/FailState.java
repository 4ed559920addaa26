package nl.doorbraak.localcloud.stepfunctions.asl;

/** {@code Fail}: ends the execution with an error and a cause (literal, path or JSONata). */
public record FailState(Common common, String error, String cause, String errorPath, String causePath) implements State {}
