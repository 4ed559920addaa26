package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.FinanceRefusal;
import nl.doorbraak.domain.Intervention;
import nl.doorbraak.domain.Json;
import nl.doorbraak.domain.LedgerBasis;
import nl.doorbraak.domain.Obligo;
import nl.doorbraak.domain.PayeeRule;
import nl.doorbraak.domain.Payment;
import nl.doorbraak.domain.PaymentEvidence;
import nl.doorbraak.domain.PaymentRequest;
import nl.doorbraak.domain.Position;
import nl.doorbraak.domain.Posting;
import nl.doorbraak.domain.Problems;
import nl.doorbraak.handlers.flow.FlowContext;
import nl.doorbraak.store.AuditEntry;
import nl.doorbraak.store.FinanceLedger;
import nl.doorbraak.store.InterventionRecord;
import nl.doorbraak.store.LedgerEntry;
import nl.doorbraak.store.PaymentStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/interventions/{id}/measures/{index}/payment} (issue 9): payment evidence for a funded measure.
 * Above what was funded: 400; below it: the difference goes back to the budget as a {@code VRIJVAL} line in the
 * same transaction; a second recording or one for a reversed measure: 409. Checks in the order 404, 403, 400, 409.
 */
public final class PaymentRoutes {

    static final int MAX_ATTEMPTS = 8;

    private final FlowContext ctx;

    public PaymentRoutes(FlowContext ctx) {
        this.ctx = ctx;
    }

    public APIGatewayV2HTTPResponse route(ApiRequest r, Endpoint endpoint) {
        String tenant = r.caller().tenant();
        InterventionRecord rec = Optional.ofNullable(r.path("interventionId"))
                .flatMap(id -> ctx.stores().interventions().get(tenant, id))
                .orElseThrow(() -> ApiException.notFound("Deze interventie bestaat niet."));
        Intervention intervention = rec.intervention();
        int index = index(r.path("index"), intervention.measures().size());
        r.requireRole(endpoint);
        String entryId = LedgerEntry.entryId(intervention.interventionId(), index);
        PaymentStore payments = PaymentStore.of(ctx.stores());
        String budgetId = intervention.budgetId();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<LedgerEntry> entries = ctx.stores().ledger().entries(tenant, budgetId);
            Obligo obligo = Obligo.of(entries.stream().map(PaymentStore::posting).toList(), payments.payments(tenant, budgetId));
            Optional<Position> position = obligo.position(entryId);
            // what the amount is checked against (400): what was funded; a measure already paid or reversed is refused
            // further on (409), so its full amount is the bound here
            long funded = position.map(p -> p.paid() || p.reversed() ? p.fundedCents() : p.netCents())
                    .orElse(intervention.measures().get(index).amountCents());
            Instant now = ctx.clock().instant();
            PaymentRequest request = PaymentRequest.parse(r.json(), funded, now);
            Problems problems = new Problems();
            PayeeRule.check(request.payee(), intervention.client().pseudonym(), problems);
            problems.throwIfAny();
            Payment payment;
            try {
                payment = PaymentEvidence.record(position, request, r.caller().sub(), now);
            } catch (FinanceRefusal e) {
                throw ApiException.conflict(e.dutchMessage());
            }
            LedgerEntry debit = entries.stream().filter(e -> e.entryId().equals(entryId)).findFirst().orElseThrow();
            long released = position.get().netCents() - payment.amountCents();
            LedgerEntry release = released == 0 ? null : new LedgerEntry(tenant, budgetId, Posting.releaseId(entryId),
                    now, debit.year(), debit.costCenter(), debit.ledgerAccount(), debit.interventionId(),
                    debit.measureIndex(), debit.category(), debit.description(), -released, LedgerBasis.VRIJVAL,
                    r.caller().name(), debit.reference());
            if (FinanceLedger.of(ctx.stores()).recordPayment(tenant, budgetId, payment, release)
                    == FinanceLedger.Outcome.WRITTEN) {
                ObjectNode detail = Json.mapper().createObjectNode().put("entryId", entryId)
                        .put("measureIndex", index).put("method", payment.method().name())
                        .put("amountCents", payment.amountCents()).put("releasedCents", released)
                        .put("toClient", PaymentRequest.CLIENT.equals(payment.payee()));
                ctx.stores().audit().add(AuditEntry.forIntervention(tenant, intervention.interventionId(), now,
                        "PAYMENT_RECORDED", r.caller().sub(), r.caller().name(), detail.toString()));
                return Responses.json(201, FinanceViews.payment(payment, released));
            }
        }
        throw ApiException.conflict("De betaling kon niet worden vastgelegd omdat de boeking steeds veranderde; probeer het opnieuw.");
    }

    /** 409 when the budget's year is closed: a new intervention on it could never be funded. */
    static void requireOpenYear(FlowContext ctx, nl.doorbraak.domain.Budget budget) {
        if (nl.doorbraak.store.BudgetAdmin.of(ctx.stores()).closure(budget.tenant(), budget.budgetId()).isPresent()) {
            throw ApiException.conflict(nl.doorbraak.domain.YearClose.CLOSED);
        }
    }

    /** The measure index from the path (0-based, as the intervention's {@code measures[].index}); 404 when absent. */
    static int index(String raw, int count) {
        try {
            int i = Integer.parseInt(raw == null ? "" : raw);
            if (i >= 0 && i < count) {
                return i;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw ApiException.notFound("Deze maatregel bestaat niet.");
    }
}
