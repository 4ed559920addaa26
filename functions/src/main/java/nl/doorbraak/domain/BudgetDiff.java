package nl.doorbraak.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a budget change changed, field by field, for the audit log: before and after of every figure that differs
 * ({@code allocatedCents}, {@code availableCents}, the limits, the approval hours per urgency).
 */
public record BudgetDiff(Map<String, Object> before, Map<String, Object> after) {

    public static BudgetDiff of(Budget before, Budget after) {
        Map<String, Object> b = figures(before);
        Map<String, Object> a = figures(after);
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : b.entrySet()) {
            if (!e.getValue().equals(a.get(e.getKey()))) {
                changedBefore.put(e.getKey(), e.getValue());
                changedAfter.put(e.getKey(), a.get(e.getKey()));
            }
        }
        return new BudgetDiff(changedBefore, changedAfter);
    }

    public boolean isEmpty() {
        return before.isEmpty();
    }

    static Map<String, Object> figures(Budget x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("allocatedCents", x.allocatedCents());
        m.put("availableCents", x.availableCents());
        m.put("mandateLimitCents", x.mandateLimitCents());
        m.put("approverLimitCents", x.approverLimitCents());
        x.approvalHours().toMap().forEach((k, v) -> m.put("approvalHours." + k, v));
        return m;
    }
}
