package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.JsonNode;

/** The body of {@code POST /api/budgets/{budgetId}/ledger/{entryId}/reversal}: {@code {"reason"}}. */
public record ReversalRequest(String reason) {

    /** @throws ValidationException with every problem found */
    public static ReversalRequest parse(JsonNode body) {
        Problems problems = new Problems();
        Fields f = Fields.root(body, problems);
        String reason = f.text("reason", Limits.REASON_CHARS);
        f.end();
        problems.throwIfAny();
        return new ReversalRequest(reason);
    }
}
