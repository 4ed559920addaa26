package nl.doorbraak.handlers.flow;

import nl.doorbraak.domain.ApprovalLevel;
import nl.doorbraak.store.Times;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state machine's {@code $.plan.approval} object, as Register and EscalateApproval return it:
 * {@code required, expired, escalated, level, amountCents, deadline, timeoutSeconds, reminderSeconds,
 * remainingSeconds}. The approval task first waits {@code reminderSeconds} (half the period), reminds, then waits
 * {@code remainingSeconds}.
 */
final class PlanWire {

    /** Step Functions needs a positive timeout; a plan that is not waited on still carries one. */
    static final long MIN_SECONDS = 1;

    private PlanWire() {
    }

    static Map<String, Object> approval(boolean required, boolean expired, boolean escalated, ApprovalLevel level,
                                        long amountCents, Instant deadline, long timeoutSeconds) {
        long timeout = Math.max(2 * MIN_SECONDS, timeoutSeconds);
        long reminder = timeout / 2;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("required", required);
        m.put("expired", expired);
        m.put("escalated", escalated);
        // never null: the runtime interface client leaves null values out of a result, and the state machine's
        // ResultSelector needs every field
        m.put("level", level == null ? "" : level.name());
        m.put("amountCents", amountCents);
        m.put("deadline", deadline == null ? "" : Times.format(deadline));
        m.put("timeoutSeconds", timeout);
        m.put("reminderSeconds", reminder);
        m.put("remainingSeconds", timeout - reminder);
        return m;
    }
}
