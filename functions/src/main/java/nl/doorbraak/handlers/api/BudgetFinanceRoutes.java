package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.AllocationBelowDebitedException;
import nl.doorbraak.domain.Budget;
import nl.doorbraak.domain.BudgetChangeRequest;
import nl.doorbraak.domain.BudgetDiff;
import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.FinanceRefusal;
import nl.doorbraak.domain.Json;
import nl.doorbraak.domain.LedgerBasis;
import nl.doorbraak.domain.Money;
import nl.doorbraak.domain.Obligo;
import nl.doorbraak.domain.Posting;
import nl.doorbraak.domain.ReversalPlan;
import nl.doorbraak.domain.ReversalRequest;
import nl.doorbraak.domain.YearClose;
import nl.doorbraak.handlers.flow.FlowContext;
import nl.doorbraak.store.AuditEntry;
import nl.doorbraak.store.BudgetAdmin;
import nl.doorbraak.store.FinanceLedger;
import nl.doorbraak.store.LedgerEntry;
import nl.doorbraak.store.PaymentStore;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finance's writes on a budget (issue 9): {@code PATCH /api/budgets/{id}} (allocation never below what is debited,
 * before/after in the audit log), {@code POST .../ledger/{entryId}/reversal} (a {@code CORRECTIE} line, at most
 * once) and {@code POST .../close} (the year close). Checks in the order 404, 403, 400, 409.
 */
public final class BudgetFinanceRoutes {

    static final int MAX_ATTEMPTS = 8;

    private final FlowContext ctx;

    public BudgetFinanceRoutes(FlowContext ctx) {
        this.ctx = ctx;
    }

    public APIGatewayV2HTTPResponse route(ApiRequest r, Endpoint endpoint) {
        Budget budget = ctx.stores().budgets().get(r.caller().tenant(), Optional.ofNullable(r.path("budgetId")).orElse(""))
                .orElseThrow(() -> ApiException.notFound("Dit budget bestaat niet."));
        try {
            return switch (endpoint) {
                case CHANGE_BUDGET -> change(r, endpoint, budget);
                case CLOSE_BUDGET -> close(r, endpoint, budget);
                case REVERSE_LEDGER_ENTRY -> reverse(r, endpoint, budget);
                default -> throw ApiException.notFound("Deze route bestaat niet.");
            };
        } catch (FinanceRefusal e) {
            throw ApiException.conflict(e.dutchMessage());
        } catch (AllocationBelowDebitedException e) {
            throw ApiException.conflict(e.getMessage());
        }
    }

    private APIGatewayV2HTTPResponse change(ApiRequest r, Endpoint endpoint, Budget budget) {
        r.requireRole(endpoint);
        BudgetChangeRequest request = BudgetChangeRequest.parse(r.json(), budget);
        BudgetAdmin admin = BudgetAdmin.of(ctx.stores());
        Budget current = budget;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (admin.closure(current.tenant(), current.budgetId()).isPresent()) {
                throw new FinanceRefusal(YearClose.CLOSED);
            }
            Budget after = request.applyTo(current);
            if (admin.change(current, after)) {
                BudgetDiff diff = BudgetDiff.of(current, after);
                ObjectNode detail = Json.mapper().createObjectNode();
                detail.set("before", Json.mapper().valueToTree(diff.before()));
                detail.set("after", Json.mapper().valueToTree(diff.after()));
                detail.put("reason", request.reason());
                audit(r, after, "BUDGET_CHANGED", detail.toString(), null);
                return Responses.json(200, FinanceViews.extend(ctx, Views.budget(after,
                        ctx.stores().ledger().entries(after.tenant(), after.budgetId())), after));
            }
            current = ctx.stores().budgets().get(budget.tenant(), budget.budgetId()).orElseThrow();
        }
        throw ApiException.conflict("Het budget veranderde steeds tijdens de wijziging; probeer het opnieuw.");
    }

    private APIGatewayV2HTTPResponse close(ApiRequest r, Endpoint endpoint, Budget budget) {
        r.requireRole(endpoint);
        if (r.body() != null && !r.body().isBlank()) {
            // no fields: an empty object (or no body) confirms the close; anything else is refused as unknown
            nl.doorbraak.domain.Problems problems = new nl.doorbraak.domain.Problems();
            nl.doorbraak.domain.Fields.root(r.json(), problems).end();
            problems.throwIfAny();
        }
        Instant now = ctx.clock().instant();
        if (!BudgetAdmin.of(ctx.stores()).close(budget.tenant(), budget.budgetId(), r.caller().sub(), now)) {
            throw new FinanceRefusal(YearClose.ALREADY_CLOSED);
        }
        // read after closing: no debit can land any more, so the summary is final
        Budget closed = ctx.stores().budgets().get(budget.tenant(), budget.budgetId()).orElseThrow();
        YearClose summary = YearClose.of(closed, FinanceViews.obligo(ctx, closed), now, r.caller().sub());
        ObjectNode detail = Json.mapper().createObjectNode().put("year", closed.year())
                .put("availableCents", closed.availableCents()).put("debitedCents", closed.debitedCents())
                .put("carriedOverCents", summary.carriedOverCents())
                .put("openCommitments", summary.openCommitments().size())
                .put("reconciles", summary.reconciliation().reconciles());
        audit(r, closed, "BUDGET_CLOSED", detail.toString(), null);
        return Responses.json(200, FinanceViews.yearClose(summary));
    }

    private APIGatewayV2HTTPResponse reverse(ApiRequest r, Endpoint endpoint, Budget budget) {
        String entryId = entryId(r.path("entryId"));
        r.requireRole(endpoint);
        ReversalRequest request = ReversalRequest.parse(r.json());
        PaymentStore payments = PaymentStore.of(ctx.stores());
        FinanceLedger ledger = FinanceLedger.of(ctx.stores());
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<LedgerEntry> entries = ctx.stores().ledger().entries(budget.tenant(), budget.budgetId());
            Obligo obligo = Obligo.of(entries.stream().map(PaymentStore::posting).toList(),
                    payments.payments(budget.tenant(), budget.budgetId()));
            Optional<LedgerEntry> line = entries.stream().filter(e -> e.entryId().equals(entryId)).findFirst();
            Optional<Posting> posting = line.map(PaymentStore::posting);
            ReversalPlan plan = ReversalPlan.plan(posting, posting.flatMap(p -> obligo.position(p.origin())))
                    .orElseThrow(() -> ApiException.notFound("Deze boeking bestaat niet."));
            LedgerEntry debit = line.get();
            Instant now = ctx.clock().instant();
            LedgerEntry reversal = new LedgerEntry(debit.tenant(), debit.budgetId(), plan.entryId(), now, debit.year(),
                    debit.costCenter(), debit.ledgerAccount(), debit.interventionId(), debit.measureIndex(),
                    debit.category(), debit.description(), -plan.amountCents(), LedgerBasis.CORRECTIE,
                    r.caller().name(), debit.reference());
            boolean paymentSeen = obligo.position(debit.entryId()).map(p -> p.paid()).orElse(false);
            if (ledger.reverse(budget.tenant(), budget.budgetId(), reversal, request.reason(), paymentSeen)
                    == FinanceLedger.Outcome.WRITTEN) {
                ObjectNode detail = Json.mapper().createObjectNode().put("entryId", debit.entryId())
                        .put("reversalEntryId", reversal.entryId()).put("amountCents", plan.amountCents())
                        .put("reference", debit.reference());
                audit(r, budget, "LEDGER_REVERSED", detail.toString(), debit.interventionId());
                ObjectNode out = Views.ledgerEntry(reversal);
                out.put("returnedCents", plan.amountCents()).put("returned", Money.format(plan.amountCents()));
                return Responses.json(201, out);
            }
        }
        throw ApiException.conflict("De boeking veranderde steeds tijdens de correctie; probeer het opnieuw.");
    }

    /** The entry id as the path carries it: {@code INT-...#00}, with {@code #} written {@code %23}. */
    static String entryId(String raw) {
        String id = raw == null ? "" : raw;
        return id.contains("%") ? URLDecoder.decode(id, StandardCharsets.UTF_8) : id;
    }

    private void audit(ApiRequest r, Budget b, String event, String detail, String interventionId) {
        ctx.stores().audit().add(new AuditEntry(b.tenant(), AuditEntry.budgetSubject(b.tenant(), b.budgetId()),
                ctx.clock().instant(), event, r.caller().sub(), r.caller().name(), detail, interventionId));
    }
}
