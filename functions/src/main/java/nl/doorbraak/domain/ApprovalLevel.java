package nl.doorbraak.domain;

import java.util.Optional;

/** Who must approve: the top official ({@code APPROVER}) or the mayor/alderman ({@code EXECUTIVE}). */
public enum ApprovalLevel {
    APPROVER(Role.APPROVER),
    EXECUTIVE(Role.EXECUTIVE);

    private final Role decidingRole;

    ApprovalLevel(Role decidingRole) {
        this.decidingRole = decidingRole;
    }

    /** The role whose members decide tasks at this level. */
    public Role decidingRole() {
        return decidingRole;
    }

    /** The level a task escalates to when its deadline passes; empty at the top, where the intervention expires. */
    public Optional<ApprovalLevel> escalation() {
        return this == APPROVER ? Optional.of(EXECUTIVE) : Optional.empty();
    }
}
