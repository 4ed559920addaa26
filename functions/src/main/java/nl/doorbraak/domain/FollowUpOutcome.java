package nl.doorbraak.domain;

/** What the follow-up found. */
public enum FollowUpOutcome {
    STABIEL, OPNIEUW_HULP_NODIG
}
