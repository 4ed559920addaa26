package nl.doorbraak.store;

import nl.doorbraak.domain.ApprovalLevel;
import nl.doorbraak.domain.TaskKind;
import nl.doorbraak.domain.TaskState;
import nl.doorbraak.domain.Urgency;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.doorbraak.store.Dynamo.n;
import static nl.doorbraak.store.Dynamo.num;
import static nl.doorbraak.store.Dynamo.s;
import static nl.doorbraak.store.Dynamo.str;

/**
 * Callback tasks with their task tokens. Only an OPEN task has the sparse index attribute {@code openQueue}; a task
 * leaves OPEN exactly once, by a conditional update, so two deciders cannot both win.
 */
public final class TaskStore {

    private final DynamoDbClient db;
    private final String table;

    public TaskStore(DynamoDbClient db, Tables tables) {
        this.db = db;
        this.table = tables.tasks();
    }

    public Optional<TaskRecord> get(String tenant, String taskId) {
        Map<String, AttributeValue> item = db.getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(tenant, taskId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /**
     * Opens the task with {@code token}, or, when it is already open (a retried or re-invoked task, or the second
     * half of an approval period), gives it the fresh token.
     *
     * @return empty when the task is open now; the stored task when it was completed already (the caller then
     *         completes the new token with the recorded outcome)
     */
    public Optional<TaskRecord> open(TaskRecord task, String token) {
        Map<String, AttributeValue> item = toItem(task);
        item.put("taskToken", s(token));
        item.put("state", s(TaskState.OPEN.name()));
        item.put("openQueue", s(queue(task.tenant(), task.kind(), task.level())));
        try {
            db.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(taskId) OR #s = :open")
                    .expressionAttributeNames(Map.of("#s", "state"))
                    .expressionAttributeValues(Map.of(":open", s(TaskState.OPEN.name())))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Optional.empty();
        } catch (ConditionalCheckFailedException e) {
            return e.item() != null && !e.item().isEmpty() ? Optional.of(fromItem(e.item()))
                    : get(task.tenant(), task.taskId());
        }
    }

    /** The outcome of trying to close a task: the closed task and its token, or the task as it stood. */
    public sealed interface Closing {
        record Closed(TaskRecord task, String token) implements Closing {
        }

        record NotOpen(TaskRecord task) implements Closing {
        }
    }

    /**
     * Moves an OPEN task to {@code state} with its outcome, atomically; answers with the token to complete.
     */
    public Closing close(String tenant, String taskId, TaskState state, String outcome, String by, Instant at) {
        try {
            Map<String, AttributeValue> after = db.updateItem(b -> b.tableName(table).key(key(tenant, taskId))
                    .updateExpression("SET #s = :state, outcome = :outcome, completedBy = :by, completedAt = :at REMOVE openQueue")
                    .conditionExpression("#s = :open")
                    .expressionAttributeNames(Map.of("#s", "state"))
                    .expressionAttributeValues(Map.of(":state", s(state.name()), ":outcome", s(outcome),
                            ":by", s(by), ":at", s(Times.format(at)), ":open", s(TaskState.OPEN.name())))
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).attributes();
            return new Closing.Closed(fromItem(after), str(after, "taskToken"));
        } catch (ConditionalCheckFailedException e) {
            TaskRecord current = e.item() != null && !e.item().isEmpty() ? fromItem(e.item())
                    : get(tenant, taskId).orElse(null);
            return new Closing.NotOpen(current);
        }
    }

    /** The open approval tasks of a level, earliest deadline first. */
    public List<TaskRecord> openApprovals(String tenant, ApprovalLevel level) {
        List<TaskRecord> out = new ArrayList<>();
        QueryRequest q = QueryRequest.builder().tableName(table).indexName("openByQueue")
                .keyConditionExpression("openQueue = :q")
                .expressionAttributeValues(Map.of(":q", s(queue(tenant, TaskKind.APPROVAL, level)))).build();
        db.queryPaginator(q).items().forEach(item -> {
            // the index projects only some attributes; read the task itself for a consistent view
            get(tenant, str(item, "taskId")).filter(TaskRecord::isOpen).ifPresent(out::add);
        });
        return out;
    }

    static String queue(String tenant, TaskKind kind, ApprovalLevel level) {
        return tenant + "#" + kind.name() + (level == null ? "" : "#" + level.name());
    }

    static Map<String, AttributeValue> key(String tenant, String taskId) {
        return Map.of("tenant", s(tenant), "taskId", s(taskId));
    }

    static Map<String, AttributeValue> toItem(TaskRecord t) {
        Map<String, AttributeValue> item = new HashMap<>(key(t.tenant(), t.taskId()));
        item.put("kind", s(t.kind().name()));
        item.put("interventionId", s(t.interventionId()));
        if (t.level() != null) {
            item.put("level", s(t.level().name()));
        }
        if (t.urgency() != null) {
            item.put("urgency", s(t.urgency().name()));
        }
        item.put("amountCents", n(t.amountCents()));
        item.put("requestedBy", s(t.requestedBy()));
        item.put("requestedByName", s(t.requestedByName()));
        item.put("requestedAt", s(Times.format(t.requestedAt())));
        // the sparse index needs a deadline; tasks without one sort last
        item.put("deadline", s(t.deadline() == null ? "9999-12-31T00:00:00.000Z" : Times.format(t.deadline())));
        item.put("state", s(t.state().name()));
        return item;
    }

    static TaskRecord fromItem(Map<String, AttributeValue> item) {
        String level = str(item, "level");
        String urgency = str(item, "urgency");
        String deadline = str(item, "deadline");
        String completedAt = str(item, "completedAt");
        return new TaskRecord(str(item, "tenant"), str(item, "taskId"), TaskKind.valueOf(str(item, "kind")),
                str(item, "interventionId"), level == null ? null : ApprovalLevel.valueOf(level),
                urgency == null ? null : Urgency.valueOf(urgency), num(item, "amountCents"), str(item, "requestedBy"),
                str(item, "requestedByName"), Times.parse(str(item, "requestedAt")),
                deadline == null || deadline.startsWith("9999") ? null : Times.parse(deadline),
                TaskState.valueOf(str(item, "state")), str(item, "outcome"), str(item, "completedBy"),
                completedAt == null ? null : Times.parse(completedAt));
    }
}
