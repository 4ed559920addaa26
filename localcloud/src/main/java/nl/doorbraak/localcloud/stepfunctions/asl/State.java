package nl.doorbraak.localcloud.stepfunctions.asl;

/** One state of a state machine; one record per state kind. */
public sealed interface State permits PassState, TaskState, ChoiceState, WaitState, SucceedState, FailState,
        ParallelState, MapState {
    Common common();

    default String name() { return common().name(); }

    /** The history event prefix AWS uses for this kind: {@code Pass} → {@code PassStateEntered}. */
    default String eventPrefix() { return common().type(); }
}
