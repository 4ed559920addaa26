package nl.doorbraak.domain;

/** To whom the person is to be handed over (an organisation of regular care) and within how many days. */
public record HandoverPlan(String organisation, int dueInDays) {
}
