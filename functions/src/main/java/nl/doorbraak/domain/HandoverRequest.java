package nl.doorbraak.domain;

import com.fasterxml.jackson.databind.JsonNode;

/** The body of {@code POST /api/interventions/{id}/handover}: {@code {"organisation","note"?}}. */
public record HandoverRequest(String organisation, String note) {

    /** @throws ValidationException with every problem found */
    public static HandoverRequest parse(JsonNode body) {
        Problems problems = new Problems();
        Fields f = Fields.root(body, problems);
        String organisation = f.text("organisation", Limits.ORGANISATION_CHARS);
        String note = f.optionalText("note", Limits.NOTE_CHARS);
        f.end();
        problems.throwIfAny();
        return new HandoverRequest(organisation, note);
    }
}
