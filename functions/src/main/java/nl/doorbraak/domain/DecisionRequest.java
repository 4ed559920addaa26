package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.JsonNode;

/** The body of {@code POST /api/approvals/{taskId}/decision}: {@code {"decision":"APPROVE"|"REJECT","comment"}}; a rejection needs a comment. */
public record DecisionRequest(ApprovalDecision decision, String comment) {

    /** @throws ValidationException with every problem found */
    public static DecisionRequest parse(JsonNode body) {
        Problems problems = new Problems();
        Fields f = Fields.root(body, problems);
        ApprovalDecision decision = f.enumeration("decision", ApprovalDecision.class);
        String comment = f.optionalText("comment", Limits.COMMENT_CHARS);
        f.end();
        if (decision == ApprovalDecision.REJECT && f.present() && (comment == null || comment.isBlank())
                && problems.list().stream().noneMatch(p -> p.path().equals("comment"))) {
            problems.add("comment", Messages.COMMENT_REQUIRED_TO_REJECT);
        }
        problems.throwIfAny();
        return new DecisionRequest(decision, comment);
    }
}
