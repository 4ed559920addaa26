package nl.doorbraak.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who is calling, from the JWT claims: {@code sub}, {@code name}, {@code cognito:groups}, {@code custom:tenant}.
 */
public record Caller(String sub, String name, String tenant, Set<Role> roles) {

    public static final String CLAIM_SUB = "sub";
    public static final String CLAIM_NAME = "name";
    public static final String CLAIM_GROUPS = "cognito:groups";
    public static final String CLAIM_TENANT = "custom:tenant";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller holds at least one of {@code allowed}. */
    public boolean hasAny(Collection<Role> allowed) {
        for (Role r : allowed) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the caller from JWT claims as API Gateway's HTTP API JWT authorizer passes them
     * ({@code requestContext.authorizer.jwt.claims}): every value a string, and a list claim such as
     * {@code cognito:groups} rendered as {@code "[approver finance]"}. Also accepts a JSON-array string
     * ({@code "[\"approver\",\"finance\"]"}), a comma-separated string, or a real collection. Unknown groups grant
     * nothing.
     */
    public static Caller fromClaims(Map<String, ?> claims) {
        String sub = string(claims.get(CLAIM_SUB));
        String name = string(claims.get(CLAIM_NAME));
        String tenant = string(claims.get(CLAIM_TENANT));
        return new Caller(sub, name == null ? sub : name, tenant, groups(claims.get(CLAIM_GROUPS)));
    }

    static Set<Role> groups(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim == null) {
            return roles;
        }
        if (claim instanceof Collection<?> list) {
            for (Object o : list) {
                Role.fromGroup(String.valueOf(o).strip()).ifPresent(roles::add);
            }
            return roles;
        }
        String text = claim.toString().strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        for (String part : text.split("[,\\s]+")) {
            String group = part.strip();
            if (group.length() >= 2 && group.startsWith("\"") && group.endsWith("\"")) {
                group = group.substring(1, group.length() - 1);
            }
            Role.fromGroup(group).ifPresent(roles::add);
        }
        return roles;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
