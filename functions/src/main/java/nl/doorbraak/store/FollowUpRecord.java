package nl.doorbraak.store;

import nl.doorbraak.domain.FollowUpOutcome;

import java.time.Instant;

/** The follow-up as recorded by a zorgmarinier. */
public record FollowUpRecord(FollowUpOutcome outcome, String note, String recordedBy, Instant recordedAt) {
}
