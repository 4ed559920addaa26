package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.Budget;
import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.Json;
import nl.doorbraak.handlers.flow.FlowContext;
import nl.doorbraak.store.LedgerEntry;

import java.time.LocalDate;
import java.util.List;

/** {@code /api/exports...}: the ledger as CSV and the reconciliation summary. */
public final class ExportsApi extends Api {

    public ExportsApi(FlowContext ctx) {
        super(ctx);
    }

    @Override
    protected APIGatewayV2HTTPResponse route(ApiRequest r) {
        Endpoint endpoint = r.endpoint();
        String budgetId = r.query("budgetId");
        Budget budget = budgetId == null ? null : ctx.stores().budgets().get(r.caller().tenant(), budgetId)
                .orElseThrow(() -> ApiException.notFound("Dit budget bestaat niet."));
        r.requireRole(endpoint);
        if (budget == null) {
            throw ApiException.invalid("budgetId", nl.doorbraak.domain.Messages.REQUIRED);
        }
        return switch (endpoint) {
            case EXPORT_LEDGER_CSV -> {
                LedgerCsv format = LedgerCsv.of(r.query("format"));
                if (format == null) {
                    throw ApiException.invalid("format", "Kies nl of rfc4180.");
                }
                LocalDate from = BudgetsApi.date(r, "from");
                LocalDate to = BudgetsApi.date(r, "to");
                List<LedgerEntry> entries = ctx.stores().ledger().entries(budget.tenant(), budget.budgetId(), from, to);
                yield Responses.csv("grootboek-" + budget.budgetId() + ".csv", format.render(entries, PaymentColumns.of(ctx, budget)));
            }
            case LEDGER_SUMMARY -> Responses.json(200, summary(budget,
                    ctx.stores().ledger().entries(budget.tenant(), budget.budgetId())));
            default -> throw ApiException.notFound("Deze route bestaat niet.");
        };
    }

    /** {@code reconciles}: allocated − available equals the sum of the ledger, and nothing is overspent. */
    static ObjectNode summary(Budget budget, List<LedgerEntry> entries) {
        long sum = entries.stream().mapToLong(LedgerEntry::amountCents).sum();
        boolean reconciles = budget.allocatedCents() - budget.availableCents() == sum && budget.availableCents() >= 0;
        return Json.mapper().createObjectNode().put("budgetId", budget.budgetId())
                .put("allocatedCents", budget.allocatedCents()).put("availableCents", budget.availableCents())
                .put("debitedCents", budget.debitedCents()).put("ledgerCents", sum).put("entries", entries.size())
                .put("reconciles", reconciles);
    }
}
