package nl.doorbraak.domain;

import java.util.Locale;
import java.util.Optional;

/** The user groups (Cognito groups, {@code cognito:groups} claim). A user may hold several. */
public enum Role {
    ZORGMARINIER, APPROVER, EXECUTIVE, FINANCE, AUDITOR;

    /** The group name as it appears in the token, e.g. {@code zorgmarinier}. */
    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role for a group name; empty for groups Doorbraak does not know (they grant nothing). */
    public static Optional<Role> fromGroup(String group) {
        for (Role role : values()) {
            if (role.group().equals(group)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
