package nl.doorbraak.e2e.finance;

import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.Role;
import nl.doorbraak.e2e.api.Answer;
import nl.doorbraak.e2e.api.ApiStack;
import nl.doorbraak.e2e.api.Books;
import nl.doorbraak.e2e.api.Scenario;
import nl.doorbraak.e2e.api.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static nl.doorbraak.e2e.api.Scenario.urgent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role against the endpoints of issue 9: a role the matrix does not allow gets 403 (after 404: resources
 * exist); an allowed role gets past the check — its request, kept harmless with an empty body, answers 400, and the
 * audit export answers 200. Another municipality's caller gets 404 for the budget and the intervention.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceRoleMatrixTest {

    static final Set<Endpoint> FINANCE = EnumSet.of(Endpoint.CHANGE_BUDGET, Endpoint.CLOSE_BUDGET,
            Endpoint.REVERSE_LEDGER_ENTRY, Endpoint.RECORD_PAYMENT, Endpoint.AUDIT_LOG);

    /** A body every write refuses (400: an unknown field, required fields missing), so nothing changes. */
    static final String HARMLESS = "{\"onbekendVeld\":true}";

    private ApiStack stack;
    private Scenario s;
    private String budget;
    private String intervention;

    @BeforeAll
    void start() {
        stack = Books.stack();
        s = new Scenario(stack);
        budget = s.budget(1_000_000, 100_00, 500_000);
        intervention = s.submit(budget, "ACUUT", urgent(20_00));
        s.awaitStatus(intervention, "HANDOVER_PENDING");
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private String path(Endpoint e) {
        return e.path().replace("{budgetId}", budget).replace("{interventionId}", intervention).replace("{index}", "0")
                .replace("{entryId}", Finance.entryId(intervention, 0).replace("#", "%23"));
    }

    private static User as(Role role) {
        return new User("u-" + role.group(), "Gebruiker " + role.group(), List.of(role.group()), User.TENANT);
    }

    @Test
    void everyRoleAgainstEveryFinanceEndpoint() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : FINANCE) {
            for (Role role : Role.values()) {
                Answer a = stack.call(as(role), e.method(), path(e), e.method().equals("GET") ? null : HARMLESS);
                int expected = !e.roles().contains(role) ? 403 : e == Endpoint.AUDIT_LOG ? 200 : 400;
                if (a.status() != expected) {
                    wrong.add(e.routeKey() + " as " + role + ": expected " + expected + ", got " + a);
                }
            }
            Answer none = stack.call(new User("u-none", "Niemand", List.of(), User.TENANT), e.method(), path(e), HARMLESS);
            if (none.status() != 403) {
                wrong.add(e.routeKey() + " without a role: " + none);
            }
            if (e != Endpoint.AUDIT_LOG) {
                User other = as(e.roles().iterator().next()).inTenant(User.OTHER_TENANT);
                Answer foreign = stack.call(other, e.method(), path(e), HARMLESS);
                if (foreign.status() != 404) {
                    wrong.add(e.routeKey() + " from another municipality: " + foreign);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        Books.reconcile(stack, s.finance, budget);
        assertEquals(20_00, Books.reconcile(stack, s.finance, budget).get("committedCents").asLong(), "nothing moved");
    }
}
