package nl.doorbraak.localcloud.template;

import java.util.List;

/** What a deployment did, resource by resource. */
public record DeployReport(List<Action> actions) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, SKIPPED }

    public record Action(String logicalId, String kind, String physicalName, Outcome outcome, String detail) {
    }

    public boolean changedNothing() {
        return actions.stream().allMatch(a -> a.outcome() == Outcome.UNCHANGED || a.outcome() == Outcome.SKIPPED);
    }

    public Outcome outcomeOf(String logicalId) {
        return actions.stream().filter(a -> a.logicalId().equals(logicalId)).map(Action::outcome).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no action for " + logicalId));
    }
}
