package nl.doorbraak.e2e.api;

import java.util.List;

/** A fictional user: sub, display name, Cognito groups, municipality. */
public record User(String sub, String name, List<String> groups, String tenant) {

    public static final String TENANT = "GM9999";
    public static final String OTHER_TENANT = "GM0001";

    public static User zorgmarinier(String sub) {
        return new User(sub, "Zorgmarinier " + sub, List.of("zorgmarinier"), TENANT);
    }

    public static User approver(String sub) {
        return new User(sub, "Topambtenaar " + sub, List.of("approver"), TENANT);
    }

    public static User executive(String sub) {
        return new User(sub, "Wethouder " + sub, List.of("executive"), TENANT);
    }

    public static User finance(String sub) {
        return new User(sub, "Controller " + sub, List.of("finance"), TENANT);
    }

    public static User auditor(String sub) {
        return new User(sub, "Auditor " + sub, List.of("auditor"), TENANT);
    }

    public User inTenant(String otherTenant) {
        return new User(sub, name, groups, otherTenant);
    }

    /** As the JWT authorizer renders a list claim: {@code [approver finance]}. */
    public String groupsClaim() {
        return "[" + String.join(" ", groups) + "]";
    }
}
