package nl.doorbraak.domain;

/** How soon the person needs help; sets the approval deadline (see {@link ApprovalHours}). */
public enum Urgency {
    ACUUT, URGENT, REGULIER
}
