package nl.doorbraak.domain;

import java.time.Instant;

/**
 * The handover to regular care as recorded. With the person's {@code consent} to pass their details on, the
 * organisation and the note are kept ({@code OVERGEDRAGEN}); without it Doorbraak records only that a warm handover
 * to that organisation was offered ({@code WARM_AANGEBODEN}) and drops the note, which is free text about the person.
 */
public record HandoverRecord(Kind kind, String organisation, String note, String confirmedBy, Instant confirmedAt) {

    public enum Kind {
        /** Handed over with consent: details passed on. */
        OVERGEDRAGEN,
        /** No consent: a warm handover was offered, no details passed on. */
        WARM_AANGEBODEN
    }

    public static HandoverRecord confirm(boolean consent, String organisation, String note, String confirmedBy,
                                         Instant confirmedAt) {
        return consent
                ? new HandoverRecord(Kind.OVERGEDRAGEN, organisation, note, confirmedBy, confirmedAt)
                : new HandoverRecord(Kind.WARM_AANGEBODEN, organisation, null, confirmedBy, confirmedAt);
    }

    /** Whether a handover must follow: once any measure has been funded, whatever happens to the rest. */
    public static boolean required(Intervention intervention) {
        return intervention.anyFunded();
    }
}
