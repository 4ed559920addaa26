package nl.doorbraak.domain;

/** The situation the person was found in; {@code summary} is need-to-know (finance does not see it). */
public record Situation(SituationType type, FoundAt foundAt, String summary) {
}
