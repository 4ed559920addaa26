package nl.doorbraak.handlers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.doorbraak.domain.ApprovalDecision;
import nl.doorbraak.domain.ApprovalLevel;
import nl.doorbraak.domain.ApprovalPolicy;
import nl.doorbraak.domain.ApprovalPolicy.DecisionCheck;
import nl.doorbraak.domain.DecisionRequest;
import nl.doorbraak.domain.Endpoint;
import nl.doorbraak.domain.Json;
import nl.doorbraak.domain.Role;
import nl.doorbraak.domain.Status;
import nl.doorbraak.domain.TaskKind;
import nl.doorbraak.domain.TaskState;
import nl.doorbraak.handlers.flow.FlowContext;
import nl.doorbraak.store.AuditEntry;
import nl.doorbraak.store.TaskRecord;
import nl.doorbraak.store.TaskStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /api/approvals...}: the inbox of open approval tasks at the caller's level (never their own requests) and
 * the decision. The task token stays in the store; it is used here only to complete the task.
 */
public final class ApprovalsApi extends Api {

    public ApprovalsApi(FlowContext ctx) {
        super(ctx);
    }

    @Override
    protected APIGatewayV2HTTPResponse route(ApiRequest r) {
        Endpoint endpoint = r.endpoint();
        return switch (endpoint) {
            case LIST_APPROVALS -> {
                r.requireRole(endpoint);
                List<TaskRecord> tasks = new ArrayList<>();
                for (ApprovalLevel level : ApprovalLevel.values()) {
                    if (r.caller().has(level.decidingRole()) || r.caller().has(Role.AUDITOR)) {
                        tasks.addAll(ctx.stores().tasks().openApprovals(r.caller().tenant(), level));
                    }
                }
                tasks.sort(Comparator.comparing(TaskRecord::deadline, Comparator.nullsLast(Comparator.naturalOrder())));
                ArrayNode list = Json.mapper().createArrayNode();
                for (TaskRecord t : tasks) {
                    if (!t.requestedBy().equals(r.caller().sub())) {
                        list.add(Views.approval(t));
                    }
                }
                ObjectNode out = Json.mapper().createObjectNode();
                out.set("approvals", list);
                yield Responses.json(200, out);
            }
            case DECIDE_APPROVAL -> decide(r, endpoint);
            default -> throw ApiException.notFound("Deze route bestaat niet.");
        };
    }

    private APIGatewayV2HTTPResponse decide(ApiRequest r, Endpoint endpoint) {
        String tenant = r.caller().tenant();
        String taskId = r.path("taskId");
        TaskRecord task = (taskId == null ? java.util.Optional.<TaskRecord>empty()
                : StatusWait.task(ctx, tenant, taskId)).filter(t -> t.kind() == TaskKind.APPROVAL)
                .orElseThrow(() -> ApiException.notFound("Deze aanvraag bestaat niet."));
        r.requireRole(endpoint);
        DecisionCheck check = ApprovalPolicy.check(r.caller(), task.toApprovalTask());
        if (check == DecisionCheck.OWN_REQUEST || check == DecisionCheck.WRONG_LEVEL) {
            throw ApiException.forbidden(check.dutchMessage());
        }
        DecisionRequest request = DecisionRequest.parse(r.json());
        if (check == DecisionCheck.NOT_OPEN) {
            throw ApiException.conflict(check.dutchMessage());
        }
        Instant now = ctx.clock().instant();
        TaskStore.Closing closing = ctx.stores().tasks().close(tenant, taskId, TaskState.DONE,
                request.decision().name(), r.caller().sub(), now);
        if (!(closing instanceof TaskStore.Closing.Closed closed)) {
            throw ApiException.conflict(DecisionCheck.NOT_OPEN.dutchMessage());
        }
        ctx.stores().interventions().update(tenant, task.interventionId(), x -> x.approval() == null ? x
                : x.withApproval(x.approval().decided(request.decision(), r.caller().sub(), r.caller().name(),
                request.comment(), now)));
        ctx.stores().audit().add(AuditEntry.forIntervention(tenant, task.interventionId(), now,
                request.decision() == ApprovalDecision.APPROVE ? "APPROVED" : "REJECTED", r.caller().sub(),
                r.caller().name(), task.level().name()));
        ctx.workflow().complete(closed.token(), Json.mapper().createObjectNode().put("decision", request.decision().name()));
        Status status = StatusWait.await(ctx, tenant, task.interventionId(), Status.AWAITING_APPROVAL, Status.ESCALATED);
        return Responses.json(200, Json.mapper().createObjectNode().put("interventionId", task.interventionId())
                .put("status", status.name()));
    }
}
