package nl.doorbraak.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many hours an approver has per urgency; configurable per budget, default ACUUT 4, URGENT 24, REGULIER 72.
 * The wire form is {@code {"ACUUT":4,"URGENT":24,"REGULIER":72}}.
 */
public record ApprovalHours(int acuut, int urgent, int regulier) {

    public static final ApprovalHours DEFAULT = new ApprovalHours(4, 24, 72);
    /** Bounds for a configured value: one hour to 30 days. */
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 720;

    public ApprovalHours {
        for (int h : new int[] {acuut, urgent, regulier}) {
            if (h < MIN_HOURS || h > MAX_HOURS) {
                throw new IllegalArgumentException("approval hours must be between " + MIN_HOURS + " and " + MAX_HOURS + ": " + h);
            }
        }
    }

    public int hoursFor(Urgency urgency) {
        return switch (urgency) {
            case ACUUT -> acuut;
            case URGENT -> urgent;
            case REGULIER -> regulier;
        };
    }

    /** The approval period for an urgency. */
    public Duration periodFor(Urgency urgency) {
        return Duration.ofHours(hoursFor(urgency));
    }

    /** The deadline of a task created (or escalated) at {@code from}. */
    public Instant deadline(Urgency urgency, Instant from) {
        return from.plus(periodFor(urgency));
    }

    /** As a map keyed by urgency name, the wire form. */
    public Map<String, Integer> toMap() {
        Map<Urgency, Integer> byUrgency = new EnumMap<>(Urgency.class);
        for (Urgency u : Urgency.values()) {
            byUrgency.put(u, hoursFor(u));
        }
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        byUrgency.forEach((u, h) -> out.put(u.name(), h));
        return out;
    }

    /** From a complete map keyed by urgency; every urgency must be present. */
    public static ApprovalHours fromMap(Map<Urgency, Integer> hours) {
        return new ApprovalHours(hours.get(Urgency.ACUUT), hours.get(Urgency.URGENT), hours.get(Urgency.REGULIER));
    }
}
