package nl.doorbraak.localcloud.stepfunctions.storage;

/** A state machine as DescribeStateMachine returns it (times in epoch milliseconds). */
public record StateMachineRecord(String stateMachineArn, String name, String definition, String roleArn, String type,
                                 long creationDate, long updateDate, String revisionId, String status) {
    public StateMachineRecord withDefinition(String newDefinition, String newRoleArn, long at, String newRevision) {
        return new StateMachineRecord(stateMachineArn, name, newDefinition == null ? definition : newDefinition,
                newRoleArn == null ? roleArn : newRoleArn, type, creationDate, at, newRevision, status);
    }
}
