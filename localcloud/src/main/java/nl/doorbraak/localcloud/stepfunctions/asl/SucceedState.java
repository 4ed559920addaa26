package nl.doorbraak.localcloud.stepfunctions.asl;

/** {@code Succeed}: ends its branch (or the execution) successfully. */
public record SucceedState(Common common) implements State {}
