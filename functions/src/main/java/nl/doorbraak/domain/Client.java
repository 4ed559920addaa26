package nl.doorbraak.domain;

/** The person helped, as Doorbraak knows them: a pseudonym and an age band, never a name or contact data. */
public record Client(String pseudonym, AgeBand ageBand) {
}
