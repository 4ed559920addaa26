package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.JsonNode;

/** The body of {@code POST /api/interventions/{id}/follow-up}: {@code {"outcome":"STABIEL"|"OPNIEUW_HULP_NODIG","note"?}}. */
public record FollowUpRequest(FollowUpOutcome outcome, String note) {

    /** @throws ValidationException with every problem found */
    public static FollowUpRequest parse(JsonNode body) {
        Problems problems = new Problems();
        Fields f = Fields.root(body, problems);
        FollowUpOutcome outcome = f.enumeration("outcome", FollowUpOutcome.class);
        String note = f.optionalText("note", Limits.NOTE_CHARS);
        f.end();
        problems.throwIfAny();
        return new FollowUpRequest(outcome, note);
    }
}
