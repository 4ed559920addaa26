package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.Budget;
import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.FollowUpOutcome;
import nl.doorbraak.domain.FollowUpRequest;
import nl.doorbraak.domain.HandoverRecord;
import nl.doorbraak.domain.HandoverRequest;
import nl.doorbraak.domain.Intervention;
import nl.doorbraak.domain.InterventionRequest;
import nl.doorbraak.domain.Json;
import nl.doorbraak.domain.Limits;
import nl.doorbraak.domain.Status;
import nl.doorbraak.domain.TaskKind;
import nl.doorbraak.domain.TaskState;
import nl.doorbraak.domain.WithdrawRequest;
import nl.doorbraak.handlers.flow.FlowContext;
import nl.doorbraak.store.AuditEntry;
import nl.doorbraak.store.FollowUpRecord;
import nl.doorbraak.store.IdempotencyStore;
import nl.doorbraak.store.InterventionRecord;
import nl.doorbraak.store.TaskRecord;
import nl.doorbraak.store.TaskStore;
import nl.doorbraak.store.WithdrawalRecord;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** {@code /api/interventions...}: submit (idempotent), list, read, withdraw, confirm the handover, record the follow-up. */
public final class InterventionsApi extends Api {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    public InterventionsApi(FlowContext ctx) {
        super(ctx);
    }

    @Override
    protected APIGatewayV2HTTPResponse route(ApiRequest r) {
        Endpoint endpoint = r.endpoint();
        return switch (endpoint) {
            case CREATE_INTERVENTION -> create(r);
            case LIST_INTERVENTIONS -> {
                r.requireRole(endpoint);
                Status status = null;
                if (r.query("status") != null) {
                    try {
                        status = Status.valueOf(r.query("status"));
                    } catch (IllegalArgumentException e) {
                        throw ApiException.invalid("status", "Onbekende status \"" + r.query("status") + "\".");
                    }
                }
                String mine = "true".equals(r.query("mine")) ? r.caller().sub() : null;
                ArrayNode list = Json.mapper().createArrayNode();
                for (InterventionRecord rec : ctx.stores().interventions().list(r.caller().tenant(), status, mine)) {
                    list.add(Views.summary(rec, r.caller()));
                }
                ObjectNode out = Json.mapper().createObjectNode();
                out.set("interventions", list);
                yield Responses.json(200, out);
            }
            case GET_INTERVENTION -> {
                InterventionRecord rec = load(r);
                r.requireRole(endpoint);
                yield Responses.json(200, Views.intervention(rec, r.caller(), ctx.stores().audit()
                        .of(rec.tenant(), AuditEntry.interventionSubject(rec.tenant(), rec.interventionId()))));
            }
            case WITHDRAW_INTERVENTION -> withdraw(r, endpoint);
            case CONFIRM_HANDOVER -> handover(r, endpoint);
            case RECORD_FOLLOW_UP -> followUp(r, endpoint);
            case RECORD_PAYMENT -> new PaymentRoutes(ctx).route(r, endpoint);
            default -> {
                load(r);
                r.requireRole(endpoint);
                throw notImplemented();
            }
        };
    }

    private APIGatewayV2HTTPResponse create(ApiRequest r) {
        r.requireRole(Endpoint.CREATE_INTERVENTION);
        String tenant = r.caller().tenant();
        JsonNode body = r.json();
        JsonNode budgetField = body.path("budgetId");
        Optional<Budget> budget = budgetField.isTextual() && Limits.IDENTIFIER.matcher(budgetField.textValue()).matches()
                ? ctx.stores().budgets().get(tenant, budgetField.textValue()) : Optional.empty();
        InterventionRequest request = budget.isPresent() ? InterventionRequest.parse(body, budget.get())
                : InterventionRequest.parse(body);
        if (budget.isEmpty()) {
            throw ApiException.invalid("budgetId", "Dit budget bestaat niet.");
        }
        PaymentRoutes.requireOpenYear(ctx, budget.get());
        Instant now = ctx.clock().instant();
        String id = request.idempotencyKey() == null ? newId(now)
                : keyedId(tenant, r.caller().sub(), request.idempotencyKey());
        boolean replay = false;
        if (request.idempotencyKey() != null) {
            IdempotencyStore.Claim earlier = ctx.stores().idempotency().claim(tenant, r.caller().sub(),
                    request.idempotencyKey(), new IdempotencyStore.Claim(id, request.fingerprint()), now);
            if (earlier != null) {
                if (!earlier.fingerprint().equals(request.fingerprint())) {
                    throw ApiException.conflict("Deze idempotencyKey is al gebruikt voor een andere aanvraag.");
                }
                id = earlier.interventionId();
                replay = true;
            }
        }
        Intervention intervention = Intervention.register(id, tenant, r.caller().sub(), now, request);
        boolean created = ctx.stores().interventions().create(InterventionRecord.created(intervention,
                r.caller().name(), ctx.workflow().executionArn(id)));
        if (created) {
            ctx.stores().audit().add(AuditEntry.forIntervention(tenant, id, now, Status.REGISTERED.name(),
                    r.caller().sub(), r.caller().name(), null));
        }
        InterventionRecord stored = ctx.stores().interventions().require(tenant, id);
        String executionArn = stored.intervention().status() == Status.REGISTERED
                ? ctx.workflow().start(tenant, id) : stored.executionArn();
        ObjectNode out = Json.mapper().createObjectNode().put("interventionId", id)
                .put("status", stored.intervention().status().name()).put("executionArn", executionArn);
        return Responses.json(replay ? 200 : 201, out);
    }

    private APIGatewayV2HTTPResponse withdraw(ApiRequest r, Endpoint endpoint) {
        InterventionRecord rec = load(r);
        r.requireRole(endpoint);
        WithdrawRequest request = WithdrawRequest.parse(r.json());
        if (!rec.intervention().status().isAwaitingDecision() || rec.approval() == null || rec.withdrawal() != null) {
            throw ApiException.conflict("Er wacht niets op goedkeuring dat u kunt intrekken.");
        }
        Instant now = ctx.clock().instant();
        TaskStore.Closing closing = ctx.stores().tasks().close(rec.tenant(), rec.approval().taskId(),
                TaskState.WITHDRAWN, "WITHDRAW", r.caller().sub(), now);
        // no open task: either between an escalation and the next task, or the task is not stored yet; the
        // workflow then finds the withdrawal when it opens the task. A task that was decided or expired: too late.
        if (closing instanceof TaskStore.Closing.NotOpen notOpen
                && notOpen.task() != null && notOpen.task().state() != TaskState.ESCALATED) {
            throw ApiException.conflict("Over deze aanvraag is al beslist of de termijn is verlopen.");
        }
        ctx.stores().interventions().update(rec.tenant(), rec.interventionId(),
                x -> x.withWithdrawal(new WithdrawalRecord(request.reason(), r.caller().sub(), now)));
        ctx.stores().audit().add(AuditEntry.forIntervention(rec.tenant(), rec.interventionId(), now, "WITHDRAWN",
                r.caller().sub(), r.caller().name(), null));
        if (!(closing instanceof TaskStore.Closing.Closed)) {
            // recorded first, then tried again: either this close finds the task open, or the workflow opens it
            // afterwards and finds the withdrawal
            closing = ctx.stores().tasks().close(rec.tenant(), rec.approval().taskId(), TaskState.WITHDRAWN,
                    "WITHDRAW", r.caller().sub(), now);
        }
        if (closing instanceof TaskStore.Closing.Closed closed) {
            ctx.workflow().complete(closed.token(), Json.mapper().createObjectNode().put("decision", "WITHDRAW"));
        }
        return statusAnswer(rec, Status.AWAITING_APPROVAL, Status.ESCALATED);
    }

    private APIGatewayV2HTTPResponse handover(ApiRequest r, Endpoint endpoint) {
        InterventionRecord rec = load(r);
        r.requireRole(endpoint);
        HandoverRequest request = HandoverRequest.parse(r.json());
        Instant now = ctx.clock().instant();
        if (rec.intervention().status() == Status.FUNDED || rec.intervention().status() == Status.REGISTERED) {
            // on its way to the handover (funded a moment ago, or paid within the mandate just now): the task is
            // about to be opened
            StatusWait.awaitLonger(ctx, rec.tenant(), rec.interventionId(), Status.FUNDED, Status.REGISTERED);
        }
        TaskStore.Closing closing = ctx.stores().tasks().close(rec.tenant(),
                TaskRecord.taskId(rec.interventionId(), TaskKind.HANDOVER), TaskState.DONE, "DONE", r.caller().sub(), now);
        if (!(closing instanceof TaskStore.Closing.Closed closed)) {
            throw ApiException.conflict("Er wacht geen overdracht op bevestiging.");
        }
        InterventionRecord after = ctx.stores().interventions().update(rec.tenant(), rec.interventionId(), x -> x
                .withHandover(HandoverRecord.confirm(x.intervention().consent(), request.organisation(), request.note(),
                        r.caller().sub(), now))
                .with(x.intervention().followUp()));
        ctx.stores().audit().add(AuditEntry.forIntervention(rec.tenant(), rec.interventionId(), now,
                "HANDOVER_CONFIRMED", r.caller().sub(), r.caller().name(), after.handover().kind().name()));
        ctx.stores().audit().add(AuditEntry.forIntervention(rec.tenant(), rec.interventionId(), now,
                Status.FOLLOW_UP.name(), r.caller().sub(), r.caller().name(), null));
        ctx.workflow().complete(closed.token(), Json.mapper().createObjectNode().put("decision", "DONE"));
        return Responses.json(200, Json.mapper().createObjectNode().put("interventionId", rec.interventionId())
                .put("status", after.intervention().status().name()));
    }

    private APIGatewayV2HTTPResponse followUp(ApiRequest r, Endpoint endpoint) {
        InterventionRecord rec = load(r);
        r.requireRole(endpoint);
        FollowUpRequest request = FollowUpRequest.parse(r.json());
        Instant now = ctx.clock().instant();
        TaskStore.Closing closing = ctx.stores().tasks().close(rec.tenant(),
                TaskRecord.taskId(rec.interventionId(), TaskKind.FOLLOW_UP), TaskState.DONE, "DONE", r.caller().sub(), now);
        if (!(closing instanceof TaskStore.Closing.Closed closed)) {
            throw ApiException.conflict("De nazorg is nog niet aan de beurt of al vastgelegd.");
        }
        InterventionRecord after = ctx.stores().interventions().update(rec.tenant(), rec.interventionId(), x -> x
                .withFollowUp(new FollowUpRecord(request.outcome(), request.note(), r.caller().sub(), now))
                .with(x.intervention().close()));
        ctx.stores().audit().add(AuditEntry.forIntervention(rec.tenant(), rec.interventionId(), now,
                "FOLLOW_UP_RECORDED", r.caller().sub(), r.caller().name(), request.outcome().name()));
        ctx.stores().audit().add(AuditEntry.forIntervention(rec.tenant(), rec.interventionId(), now,
                Status.CLOSED.name(), r.caller().sub(), r.caller().name(), null));
        ctx.workflow().complete(closed.token(), Json.mapper().createObjectNode().put("decision", "DONE"));
        ObjectNode out = Json.mapper().createObjectNode().put("interventionId", rec.interventionId())
                .put("status", after.intervention().status().name());
        if (request.outcome() == FollowUpOutcome.OPNIEUW_HULP_NODIG) {
            out.set("draft", draft(after.intervention()));
        }
        return Responses.json(200, out);
    }

    /** A prefilled new intervention for the same pseudonym: who and where, not what (measures are new). */
    static ObjectNode draft(Intervention i) {
        ObjectNode d = Json.mapper().createObjectNode().put("budgetId", i.budgetId());
        d.putObject("client").put("pseudonym", i.client().pseudonym()).put("ageBand", i.client().ageBand().code());
        d.putObject("situation").put("type", i.situation().type().name()).put("foundAt", i.situation().foundAt().name())
                .put("summary", "");
        d.put("urgency", i.urgency().name());
        d.putArray("measures");
        d.putObject("handover").put("organisation", i.handover().organisation()).put("dueInDays", i.handover().dueInDays());
        d.put("followUpDays", i.followUpDays()).put("consent", i.consent());
        return d;
    }

    private InterventionRecord load(ApiRequest r) {
        String id = r.path("interventionId");
        return (id == null ? Optional.<InterventionRecord>empty()
                : ctx.stores().interventions().get(r.caller().tenant(), id))
                .orElseThrow(() -> ApiException.notFound("Deze interventie bestaat niet."));
    }

    /** Answers the status, after waiting briefly for the workflow to move on from {@code waiting}. */
    APIGatewayV2HTTPResponse statusAnswer(InterventionRecord rec, Status... waiting) {
        Status status = StatusWait.await(ctx, rec.tenant(), rec.interventionId(), waiting);
        return Responses.json(200, Json.mapper().createObjectNode().put("interventionId", rec.interventionId())
                .put("status", status.name()));
    }

    /**
     * The id of a submission with an idempotency key: derived from tenant, user and key, so a retry after a crash
     * between claiming the key and storing the intervention lands on the same id (and a seed file can name it).
     */
    static String keyedId(String tenant, String sub, String key) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((tenant + "\n" + sub + "\n" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("INT-K");
            for (int k = 0; k < 10; k++) {
                sb.append(ALPHABET.charAt((hash[k] & 0xff) % ALPHABET.length()));
            }
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String newId(Instant now) {
        StringBuilder sb = new StringBuilder("INT-").append(DAY.format(now)).append('-');
        for (int k = 0; k < 6; k++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
