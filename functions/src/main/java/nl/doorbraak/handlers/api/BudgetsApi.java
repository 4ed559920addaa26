package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.Budget;
import nl.doorbraak.domain.BudgetRequest;
import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.Json;
import nl.doorbraak.handlers.flow.FlowContext;
import nl.doorbraak.store.AuditEntry;
import nl.doorbraak.store.LedgerEntry;

import java.time.LocalDate;
import java.util.List;

/** {@code /api/budgets...}: create, list, read (with spending per category), the ledger. */
public final class BudgetsApi extends Api {

    public BudgetsApi(FlowContext ctx) {
        super(ctx);
    }

    @Override
    protected APIGatewayV2HTTPResponse route(ApiRequest r) {
        Endpoint endpoint = r.endpoint();
        String tenant = r.caller().tenant();
        return switch (endpoint) {
            case CREATE_BUDGET -> {
                r.requireRole(endpoint);
                BudgetRequest request = BudgetRequest.parse(r.json());
                Budget budget = request.toBudget(tenant);
                if (!ctx.stores().budgets().create(budget)) {
                    throw ApiException.conflict("Er bestaat al een budget met kenmerk " + budget.budgetId() + ".");
                }
                ctx.stores().audit().add(new AuditEntry(tenant, AuditEntry.budgetSubject(tenant, budget.budgetId()),
                        ctx.clock().instant(), "BUDGET_CREATED", r.caller().sub(), r.caller().name(), null, null));
                yield Responses.json(201, Views.budget(budget, List.of()));
            }
            case LIST_BUDGETS -> {
                r.requireRole(endpoint);
                ArrayNode list = Json.mapper().createArrayNode();
                for (Budget b : ctx.stores().budgets().list(tenant)) {
                    list.add(FinanceViews.extend(ctx, Views.budget(b, ctx.stores().ledger().entries(tenant, b.budgetId())), b));
                }
                ObjectNode out = Json.mapper().createObjectNode();
                out.set("budgets", list);
                yield Responses.json(200, out);
            }
            case GET_BUDGET -> {
                Budget b = budget(r);
                r.requireRole(endpoint);
                yield Responses.json(200, FinanceViews.extend(ctx, Views.budget(b, ctx.stores().ledger().entries(tenant, b.budgetId())), b));
            }
            case GET_LEDGER -> {
                Budget b = budget(r);
                r.requireRole(endpoint);
                LocalDate from = date(r, "from");
                LocalDate to = date(r, "to");
                ArrayNode entries = Json.mapper().createArrayNode();
                var payment = PaymentColumns.of(ctx, b);
                for (LedgerEntry e : ctx.stores().ledger().entries(tenant, b.budgetId(), from, to)) {
                    entries.add(PaymentColumns.put(Views.ledgerEntry(e), payment.apply(e)));
                }
                ObjectNode out = Json.mapper().createObjectNode();
                out.set("entries", entries);
                yield Responses.json(200, out);
            }
            case CHANGE_BUDGET, CLOSE_BUDGET, REVERSE_LEDGER_ENTRY -> new BudgetFinanceRoutes(ctx).route(r, endpoint);
            default -> {
                budget(r);
                r.requireRole(endpoint);
                throw notImplemented();
            }
        };
    }

    private Budget budget(ApiRequest r) {
        String id = r.path("budgetId");
        return ctx.stores().budgets().get(r.caller().tenant(), id == null ? "" : id)
                .orElseThrow(() -> ApiException.notFound("Dit budget bestaat niet."));
    }

    static LocalDate date(ApiRequest r, String name) {
        String v = r.query(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.invalid(name, "Geef een datum als JJJJ-MM-DD.");
        }
    }
}
