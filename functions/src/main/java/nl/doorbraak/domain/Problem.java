package nl.doorbraak.domain;

/**
 * One validation problem: where ({@code measures[2].amountCents}; the empty path is the request as a whole) and
 * what is wrong, in Dutch.
 */
public record Problem(String path, String message) {
}
