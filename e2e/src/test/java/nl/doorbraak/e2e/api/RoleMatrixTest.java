package nl.doorbraak.e2e.api;

import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static nl.doorbraak.e2e.api.Scenario.regular;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role against every endpoint of the workflow: a role the matrix ({@link Endpoint}) does not allow gets 403;
 * an allowed role gets past the check (its request, kept harmless with an empty body where it would write, answers
 * 200 or 400). Resources exist, so no answer is a 404; a user without any role is refused everywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    /** The endpoints of issue 6; payments, budget changes, corrections and the audit export belong to issue 9. */
    static final Set<Endpoint> WORKFLOW = EnumSet.of(Endpoint.CREATE_BUDGET, Endpoint.LIST_BUDGETS, Endpoint.GET_BUDGET,
            Endpoint.GET_LEDGER, Endpoint.CREATE_INTERVENTION, Endpoint.LIST_INTERVENTIONS, Endpoint.GET_INTERVENTION,
            Endpoint.WITHDRAW_INTERVENTION, Endpoint.CONFIRM_HANDOVER, Endpoint.RECORD_FOLLOW_UP,
            Endpoint.LIST_APPROVALS, Endpoint.DECIDE_APPROVAL, Endpoint.EXPORT_LEDGER_CSV, Endpoint.LEDGER_SUMMARY);

    private ApiStack stack;
    private Scenario s;
    private String budget;
    private String intervention;
    private String approverTask;
    private String executiveTask;

    @BeforeAll
    void start() {
        stack = Stacks.start();
        s = new Scenario(stack);
        budget = s.budget(25_000_000, 100_000, 1_000_000);
        intervention = s.submit(budget, "REGULIER", regular(300_00));
        approverTask = s.awaitTask(s.approver, intervention, "APPROVER");
        String big = s.submit(budget, "REGULIER", regular(20_000_00));
        executiveTask = s.awaitTask(s.executive, big, "EXECUTIVE");
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private String path(Endpoint e, Role role) {
        String task = role == Role.EXECUTIVE ? executiveTask : approverTask;
        String p = e.path().replace("{budgetId}", budget).replace("{interventionId}", intervention)
                .replace("{taskId}", task);
        return switch (e) {
            case EXPORT_LEDGER_CSV, LEDGER_SUMMARY -> p + "?budgetId=" + budget;
            default -> p;
        };
    }

    @Test
    void everyRoleAgainstEveryEndpoint() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : WORKFLOW) {
            for (Role role : Role.values()) {
                User user = new User("matrix-" + role.group(), "Matrix " + role.group(), List.of(role.group()), User.TENANT);
                String body = e.method().equals("GET") ? null : "{}";
                Answer a = stack.call(user, e.method(), path(e, role), body);
                boolean allowed = e.roles().contains(role);
                boolean ok = allowed ? a.status() == 200 || a.status() == 400 : a.status() == 403 && "FORBIDDEN".equals(a.errorCode());
                if (!ok) {
                    wrong.add(e.routeKey() + " as " + role.group() + " -> " + a);
                }
            }
            Answer none = stack.call(new User("matrix-none", "Geen rol", List.of("onbekend"), User.TENANT), e.method(),
                    path(e, Role.APPROVER), e.method().equals("GET") ? null : "{}");
            if (none.status() != 403) {
                wrong.add(e.routeKey() + " without a role -> " + none);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void withoutATokenTheAuthorizerAnswers401() {
        for (Endpoint e : WORKFLOW) {
            assertEquals(401, stack.anonymous(e.method(), path(e, Role.FINANCE)).status(), e.routeKey());
        }
    }

    @Test
    void financeSeesNoSummaryOrPseudonym() {
        String asFinance = stack.call(s.finance, "GET", "/api/interventions/" + intervention, null).body();
        String asZorgmarinier = stack.call(s.zorgmarinier, "GET", "/api/interventions/" + intervention, null).body();
        assertTrue(asZorgmarinier.contains("Aangetroffen bij station"), asZorgmarinier);
        assertTrue(!asFinance.contains("Aangetroffen bij station") && !asFinance.contains("\"pseudonym\""), asFinance);
        String list = stack.call(s.finance, "GET", "/api/interventions", null).body();
        assertTrue(!list.contains("Aangetroffen bij station") && !list.contains("\"pseudonym\""), list);
    }
}
