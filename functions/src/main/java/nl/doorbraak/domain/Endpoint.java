package nl.doorbraak.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static nl.doorbraak.domain.Role.APPROVER;
import static nl.doorbraak.domain.Role.AUDITOR;
import static nl.doorbraak.domain.Role.EXECUTIVE;
import static nl.doorbraak.domain.Role.FINANCE;
import static nl.doorbraak.domain.Role.ZORGMARINIER;

/**
 * The role matrix: every HTTP API route and the roles allowed to call it, written down once. The template's
 * {@code HttpApi} events and the README's matrix are checked against this list by tests. A caller of the right
 * tenant without one of the roles gets 403; everything is tenant-scoped besides.
 * <p>
 * The auditor reads everything of the tenant and writes nothing.
 */
public enum Endpoint {
    CREATE_BUDGET("POST", "/api/budgets", FINANCE),
    LIST_BUDGETS("GET", "/api/budgets", ZORGMARINIER, APPROVER, EXECUTIVE, FINANCE, AUDITOR),
    GET_BUDGET("GET", "/api/budgets/{budgetId}", ZORGMARINIER, APPROVER, EXECUTIVE, FINANCE, AUDITOR),
    CHANGE_BUDGET("PATCH", "/api/budgets/{budgetId}", FINANCE),
    CLOSE_BUDGET("POST", "/api/budgets/{budgetId}/close", FINANCE),
    GET_LEDGER("GET", "/api/budgets/{budgetId}/ledger", FINANCE, AUDITOR),
    REVERSE_LEDGER_ENTRY("POST", "/api/budgets/{budgetId}/ledger/{entryId}/reversal", FINANCE),
    CREATE_INTERVENTION("POST", "/api/interventions", ZORGMARINIER),
    LIST_INTERVENTIONS("GET", "/api/interventions", ZORGMARINIER, APPROVER, EXECUTIVE, FINANCE, AUDITOR),
    GET_INTERVENTION("GET", "/api/interventions/{interventionId}", ZORGMARINIER, APPROVER, EXECUTIVE, FINANCE, AUDITOR),
    WITHDRAW_INTERVENTION("POST", "/api/interventions/{interventionId}/withdraw", ZORGMARINIER),
    CONFIRM_HANDOVER("POST", "/api/interventions/{interventionId}/handover", ZORGMARINIER),
    RECORD_FOLLOW_UP("POST", "/api/interventions/{interventionId}/follow-up", ZORGMARINIER),
    RECORD_PAYMENT("POST", "/api/interventions/{interventionId}/measures/{index}/payment", ZORGMARINIER),
    LIST_APPROVALS("GET", "/api/approvals", APPROVER, EXECUTIVE, AUDITOR),
    DECIDE_APPROVAL("POST", "/api/approvals/{taskId}/decision", APPROVER, EXECUTIVE),
    EXPORT_LEDGER_CSV("GET", "/api/exports/ledger.csv", FINANCE, AUDITOR),
    LEDGER_SUMMARY("GET", "/api/exports/ledger-summary", FINANCE, AUDITOR),
    AUDIT_LOG("GET", "/api/audit", AUDITOR);

    private final String method;
    private final String path;
    private final Set<Role> roles;

    Endpoint(String method, String path, Role first, Role... rest) {
        this.method = method;
        this.path = path;
        this.roles = Set.copyOf(EnumSet.of(first, rest));
    }

    public String method() {
        return method;
    }

    /** The route path with API Gateway path parameters, e.g. {@code /api/interventions/{interventionId}}. */
    public String path() {
        return path;
    }

    /** The HTTP API route key, e.g. {@code GET /api/budgets}. */
    public String routeKey() {
        return method + " " + path;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Whether {@code caller} holds one of the roles this endpoint allows. */
    public boolean allows(Caller caller) {
        return caller.hasAny(roles);
    }

    /** The endpoint for an HTTP API route key ({@code requestContext.routeKey}). */
    public static Optional<Endpoint> forRouteKey(String routeKey) {
        for (Endpoint e : values()) {
            if (e.routeKey().equals(routeKey)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The Dutch message for a caller without the role. */
    public static final String FORBIDDEN_MESSAGE = "U heeft geen toegang tot deze functie.";
}
