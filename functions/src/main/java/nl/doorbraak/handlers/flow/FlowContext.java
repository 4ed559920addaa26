package nl.doorbraak.handlers.flow;

import nl.doorbraak.store.AuditEntry;
import nl.doorbraak.store.Stores;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** What the workflow task handlers work with, wired once per Lambda process (or by a test). */
public record FlowContext(Stores stores, Workflow workflow, Notifier notifier, Clock clock) {

    public static final String SYSTEM = "system";

    public static FlowContext fromEnv(Map<String, String> env) {
        return new FlowContext(Stores.fromEnv(env), Workflow.fromEnv(env), Notifier.fromEnv(env), Clock.systemUTC());
    }

    /**
     * The moment of the step: the state's entered time when the state machine passes it ({@code now}, the engine's
     * clock, which a local run may have advanced), else this process's clock.
     */
    public Instant now(Map<String, Object> input) {
        Object now = input.get("now");
        return now instanceof String s && !s.isBlank() ? Instant.parse(s) : clock.instant();
    }

    public void audit(String tenant, String interventionId, Instant at, String event, String detail) {
        stores.audit().add(AuditEntry.forIntervention(tenant, interventionId, at, event, SYSTEM, null, detail));
    }

    static String text(Map<String, Object> input, String name) {
        Object v = input.get(name);
        if (v == null) {
            throw new IllegalArgumentException("task input lacks " + name);
        }
        return v.toString();
    }
}
